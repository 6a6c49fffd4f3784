import { useTranslation } from 'react-i18next';
import type { Classification, SituationPicture, SituationStatus, SnapshotValue } from '@/api/types';
import { comparePeriods, decimalsFor, formatIndicatorNumber, formatIndicatorValue, periodLabel } from '@/lib/indicators';
import { EntityLink } from '@/components/EntityLink';
import { DataTable, type Column } from '@/components/list/DataTable';
import type { SituationPart } from '../api/situation-pictures';

/** Who may read a part, as text (in print too): "Offentlig", "Intern", "Begränsad". */
export function ClassificationBadge({ classification }: { classification: Classification }) {
  const { t } = useTranslation();
  return <span className={`badge situation-classification-${classification}`}>{t(`situations.classifications.${classification}`)}</span>;
}

/** "Utkast" or "Fastställd". */
export function SituationStatusBadge({ status }: { status: SituationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge situation-status-${status}`}>{t(`situations.statuses.${status}`)}</span>;
}

/**
 * One of the law's three parts under its heading: who may read it, and its text; a text the reader
 * may not read is said to be there ("Innehållet är begränsat – du har inte behörighet …").
 */
export function SectionView({ picture, part }: { picture: SituationPicture; part: SituationPart }) {
  const { t } = useTranslation();
  const section = picture[part];
  const headingId = `situation-part-${part}`;
  return (
    <section aria-labelledby={headingId} className="situation-part">
      <h2 id={headingId}>{t(`situations.parts.${part}`)}</h2>
      <p className="situation-part-classification">
        {t('situations.fields.classification')}: <ClassificationBadge classification={section.classification} />
      </p>
      {section.withheld ? (
        <p className="alert alert-info situation-withheld">{t('situations.withheld')}</p>
      ) : section.text ? (
        <p className="pre-line">{section.text}</p>
      ) : (
        <p className="muted">{t('situations.emptyPart')}</p>
      )}
    </section>
  );
}

/** The problems by priority (1 first), each with the initiatives that address it. */
export function ProblemsView({ picture }: { picture: SituationPicture }) {
  const { t } = useTranslation();
  const problems = [...picture.problems].sort((a, b) => a.priority - b.priority);
  return (
    <section aria-labelledby="situation-problems" className="situation-problems">
      <h2 id="situation-problems">{t('situations.problems.heading')}</h2>
      {problems.length === 0 ? (
        <p>{t('situations.problems.none')}</p>
      ) : (
        <ol className="plain-list">
          {problems.map((p, i) => (
            <li key={`${i}-${p.title}`} className="situation-problem">
              <h3>{p.title}</h3>
              <p className="situation-problem-priority">{t('situations.problems.priority', { priority: t(`situations.priorities.${p.priority}`) })}</p>
              {p.description && <p className="pre-line">{p.description}</p>}
              <p>
                {t('situations.problems.initiatives')}:{' '}
                {(p.initiative_ids ?? []).length === 0
                  ? t('situations.problems.noLinkedInitiatives')
                  : (p.initiative_ids ?? []).map((id, j) => (
                      <span key={id}>
                        {j > 0 && ', '}
                        <EntityLink kind="initiative" id={id} names={picture.names} />
                      </span>
                    ))}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** One row of the snapshot's table: an indicator for everyone or a group, its values by period. */
interface SnapshotRow {
  key: string;
  name: string;
  unit: string;
  group: string | null;
  byPeriod: Record<string, SnapshotValue>;
  decimals: number;
}

/** The snapshot as rows (indicator and group, by name, everyone first) and its periods in time order. */
export function snapshotTable(values: readonly SnapshotValue[]): { periods: string[]; rows: SnapshotRow[] } {
  const periods = [...new Set(values.map((v) => v.period))].sort(comparePeriods);
  const rows = new Map<string, SnapshotRow>();
  for (const v of values) {
    const key = `${v.indicator_id}|${v.group ?? ''}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, name: v.indicator_name, unit: v.unit, group: v.group ?? null, byPeriod: {}, decimals: 0 }));
    row.byPeriod[v.period] = v;
  }
  // The decimals of an indicator's values, the same in all its rows.
  const decimals = new Map<string, number>();
  for (const v of values) decimals.set(v.indicator_id, Math.max(decimals.get(v.indicator_id) ?? 0, decimalsFor([v.value])));
  for (const v of values) rows.get(`${v.indicator_id}|${v.group ?? ''}`)!.decimals = decimals.get(v.indicator_id) ?? 0;
  const sorted = [...rows.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'sv') || (a.group === null ? -1 : b.group === null ? 1 : a.group.localeCompare(b.group, 'sv')),
  );
  return { periods, rows: sorted };
}

/** The indicator values copied at adoption, as a table: a row per indicator and group, a column per period. */
export function SnapshotView({ picture }: { picture: SituationPicture }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { periods, rows } = snapshotTable(picture.indicator_snapshot ?? []);
  const columns: Column<SnapshotRow>[] = [
    {
      id: 'indicator',
      header: t('situations.snapshot.indicator'),
      rowHeader: true,
      cell: (r) => (
        <>
          {r.name}
          {r.unit.trim() && r.unit.trim() !== '%' && <span className="situation-cell-note">{t('indicatorTrend.unit', { unit: r.unit })}</span>}
        </>
      ),
    },
    { id: 'group', header: t('situations.snapshot.group'), cell: (r) => r.group ?? t('indicatorTrend.everyone') },
    ...periods.map(
      (period): Column<SnapshotRow> => ({
        id: `period-${period}`,
        header: periodLabel(t, period, lang),
        cell: (r) => {
          const v = r.byPeriod[period];
          if (!v)
            return (
              <>
                <span aria-hidden="true">–</span>
                <span className="visually-hidden">{t('indicatorTrend.noValue')}</span>
              </>
            );
          return (
            <>
              {formatIndicatorValue(v.value, r.unit, lang, r.decimals)}
              {v.n != null && <span className="situation-cell-note">{t('indicatorTrend.n', { n: formatIndicatorNumber(v.n, lang) })}</span>}
            </>
          );
        },
      }),
    ),
  ];
  return (
    <section aria-labelledby="situation-snapshot" className="situation-snapshot">
      <h2 id="situation-snapshot">{t('situations.snapshot.heading')}</h2>
      {picture.status === 'draft' ? (
        <p>{t('situations.snapshot.draft')}</p>
      ) : rows.length === 0 ? (
        <p>{t('situations.snapshot.none')}</p>
      ) : (
        <>
          <p>{t('situations.snapshot.intro')}</p>
          <DataTable caption={t('situations.snapshot.caption', { title: picture.title })} columns={columns} rows={rows} rowKey={(r) => r.key} stacked />
        </>
      )}
    </section>
  );
}
