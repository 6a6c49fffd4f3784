import { useTranslation } from 'react-i18next';
import { todayIso } from '@/lib/format';
import type { Names } from '@/lib/names';
import { searchAreas } from '@/lib/options';
import { SearchableCheckboxList } from '@/components/ui/SearchableCheckboxList';

export interface AreaMultiSelectProps {
  id: string;
  legend: string;
  value: string[];
  onChange: (ids: string[]) => void;
  names?: Names;
  error?: React.ReactNode;
  invalid?: boolean;
  describedBy?: string;
}

/** Areas valid today, searched by name on the server; the chosen ones stay listed. */
export function AreaMultiSelect(props: AreaMultiSelectProps) {
  const { t } = useTranslation();
  const today = todayIso();
  return (
    <SearchableCheckboxList
      {...props}
      hint={t('councils.form.areasHint')}
      searchLabel={t('councils.form.areaSearch')}
      search={(q) => searchAreas(q, today, (a) => `${a.name} (${t(`areas.kinds.${a.kind}`)})`)}
      cacheKey={`areas-${today}`}
    />
  );
}
