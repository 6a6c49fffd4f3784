import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Area } from '@/api/types';
import { formatDate } from '@/lib/format';

/** Areas as a compact list with their kind and (if ended) end date. */
export function AreaList({ areas }: { areas: Area[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="area-list">
      {areas.map((c) => (
        <li key={c.id}>
          <Link to={`/areas/${c.id}`}>{c.name}</Link> ({t(`areas.kinds.${c.kind}`)}
          {c.valid_to ? `, ${t('areas.detail.validTo').toLowerCase()} ${formatDate(c.valid_to, i18n.language)}` : ''})
        </li>
      ))}
    </ul>
  );
}
