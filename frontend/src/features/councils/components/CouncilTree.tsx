import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Council } from '@/api/types';

export interface CouncilNode {
  council: Council;
  children: CouncilNode[];
}

/** Parent → children; a council whose parent is not in the list is a root. Sorted by name. */
export function buildCouncilTree(councils: Council[]): CouncilNode[] {
  const nodes = new Map(councils.map((c) => [c.id, { council: c, children: [] as CouncilNode[] }]));
  const roots: CouncilNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.council.parent_id ? nodes.get(node.council.parent_id) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: CouncilNode[]) => {
    list.sort((a, b) => a.council.name.localeCompare(b.council.name, 'sv'));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

export function CouncilTreeList({ nodes }: { nodes: CouncilNode[] }) {
  const { t } = useTranslation();
  return (
    <ul className="council-tree">
      {nodes.map((n) => (
        <li key={n.council.id}>
          <Link to={`/councils/${n.council.id}`}>{n.council.name}</Link>{' '}
          <span className="muted">
            ({t(`councils.kinds.${n.council.kind}`)}, {t(`councils.statuses.${n.council.status}`).toLowerCase()})
          </span>
          {n.children.length > 0 && <CouncilTreeList nodes={n.children} />}
        </li>
      ))}
    </ul>
  );
}
