import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoveredArea, CoverageReport } from '@/api/types';
import { formatDate } from '@/lib/format';
import { newLocalSteeringGroupPath } from '@/lib/paths';
import { useCollectionCan } from '@/lib/permissions';
import { EntityLink } from '@/components/EntityLink';
import { DataTable } from '@/components/list/DataTable';

export function CoverageTable({ report }: { report: CoverageReport }) {
  const { t, i18n } = useTranslation();
  const mayCreateCouncil = useCollectionCan('councils');
  // A local steering group can be created right from an uncovered area (the form prefills kind, area and parent).
  const offerCreate = report.kind === 'local_steering_group' && !!mayCreateCouncil;
  const rows = [...report.areas].sort((a, b) => {
    const ua = a.councils.length === 0 ? 0 : 1;
    const ub = b.councils.length === 0 ? 0 : 1;
    if (ua !== ub) return ua - ub;
    if (a.area.kind !== b.area.kind) return a.area.kind.localeCompare(b.area.kind);
    return a.area.name.localeCompare(b.area.name, 'sv');
  });

  const councilsCell = (row: CoveredArea) => {
    if (row.councils.length === 0) {
      return (
        <>
          <span className="badge badge-vacant">{t('coverage.noCouncil')}</span>
          {offerCreate && (
            <>
              {' '}
              <Link to={newLocalSteeringGroupPath(row.area.id)} className="small-link">
                {t('coverage.createLocalHere')}
                <span className="visually-hidden"> ({row.area.name})</span>
              </Link>
            </>
          )}
        </>
      );
    }
    return (
      <ul className="plain-list">
        {row.councils.map((c) => {
          const m = c.mandate;
          const parts: ReactNode[] = [];
          if (m?.decided_by_council_id) parts.push(<EntityLink key="c" kind="council" id={m.decided_by_council_id} names={report.names} />);
          else if (m?.decided_by_organization_id) parts.push(<EntityLink key="o" kind="organization" id={m.decided_by_organization_id} names={report.names} />);
          const text = [
            m?.decision_reference,
            m?.decided_on ? formatDate(m.decided_on, i18n.language) : null,
            m?.registration_number ? `${t('coverage.regNo')} ${m.registration_number}` : null,
          ].filter(Boolean);
          return (
            <li key={c.id}>
              <Link to={`/councils/${c.id}`}>{c.name}</Link>
              {c.via === 'overlap' && <span className="muted"> ({t('coverage.viaOverlap')})</span>}
              <br />
              <span className="muted">
                {t('coverage.mandate')}:{' '}
                {!m || (parts.length === 0 && text.length === 0) ? (
                  t('coverage.noMandate')
                ) : (
                  <>
                    {parts.length > 0 && (
                      <>
                        {t('coverage.decidedBy')} {parts}
                        {text.length > 0 && ', '}
                      </>
                    )}
                    {text.join(', ')}
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <DataTable<CoveredArea>
      caption={t('coverage.tableCaption', { kind: t(`councils.kinds.${report.kind}`) })}
      rows={rows}
      rowKey={(r) => r.area.id}
      rowClassName={(r) => (r.councils.length === 0 ? 'row-vacant' : undefined)}
      className="wide-table"
      columns={[
        { id: 'area', header: t('coverage.area'), rowHeader: true, cell: (r) => <Link to={`/areas/${r.area.id}`}>{r.area.name}</Link> },
        { id: 'kind', header: t('coverage.areaKind'), cell: (r) => t(`areas.kinds.${r.area.kind}`) },
        { id: 'councils', header: t('coverage.councils'), cell: councilsCell },
      ]}
    />
  );
}
