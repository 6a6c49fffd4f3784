import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Area } from '@/api/types';

/** Comma-separated links to areas by id, using the lookup for names. */
export function AreaLinks({ ids, lookup }: { ids: string[]; lookup: Map<string, Area> | undefined }) {
  const { t } = useTranslation();
  if (ids.length === 0) return <>{t('common.none')}</>;
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <Link to={`/areas/${id}`}>{lookup?.get(id)?.name ?? id.slice(0, 8)}</Link>
        </span>
      ))}
    </>
  );
}
