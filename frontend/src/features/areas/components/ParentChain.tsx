import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useArea } from '../api/areas';

/** The ancestors of an area, outermost first, as list items (one cached request per ancestor). */
export function ParentChain({ id, seen }: { id: string; seen: string[] }) {
  const { t } = useTranslation();
  const parent = useArea(id);
  if (!parent.data) return null;
  const p = parent.data;
  return (
    <>
      {p.parent_id && !seen.includes(p.parent_id) && <ParentChain id={p.parent_id} seen={[...seen, p.id]} />}
      <li>
        <Link to={`/areas/${p.id}`}>{p.name}</Link> ({t(`areas.kinds.${p.kind}`)})
      </li>
    </>
  );
}
