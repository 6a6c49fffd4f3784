import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ENTITY_PATHS, entityName, type EntityKind, type Names } from '@/lib/names';

export interface EntityLinkProps {
  kind: EntityKind;
  id: string | null | undefined;
  /** The `names` map of the resource that refers to this one (see lib/names). */
  names?: Names;
  /** A name the page already has (e.g. from a report row). */
  name?: string;
}

/** A link to a referenced resource by its name; "–" when there is no reference. */
export function EntityLink({ kind, id, names, name }: EntityLinkProps) {
  const { t } = useTranslation();
  const resolved = entityName(id, names, name);
  if (!id) return <>{t('common.none')}</>;
  // The API names everything a resource refers to; a missing name is a gap in the API, not a wait.
  return <Link to={`${ENTITY_PATHS[kind]}/${id}`}>{resolved ?? t('common.nameMissing')}</Link>;
}

/** Comma-separated links to referenced resources; "–" for none. */
export function EntityLinks({ kind, ids, names }: { kind: EntityKind; ids: readonly string[]; names?: Names }) {
  const { t } = useTranslation();
  if (ids.length === 0) return <>{t('common.none')}</>;
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <EntityLink kind={kind} id={id} names={names} />
        </span>
      ))}
    </>
  );
}
