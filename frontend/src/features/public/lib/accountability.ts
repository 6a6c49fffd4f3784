import type { AccountabilityRow } from '../api/inquiries';

export interface AccountabilityFilters {
  organization: string | null;
  topic: string | null;
  /** A month (`YYYY-MM`), `all`, or null: the default (`shownMonth`). */
  month: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `?organization=…&topic=…&month=2026-11` (ids; `organization=none` for the inquiries no one was
 * given; `month=all` for every month); invalid values are ignored.
 */
export function parseAccountabilityFilters(p: URLSearchParams): AccountabilityFilters {
  const organization = p.get('organization');
  const topic = p.get('topic');
  const month = p.get('month');
  return {
    organization: organization === 'none' || (organization && UUID.test(organization)) ? organization : null,
    topic: topic && UUID.test(topic) ? topic : null,
    month: month === 'all' || (month && /^\d{4}-\d{2}$/.test(month)) ? month : null,
  };
}

/**
 * The month shown: the one chosen; by default the last whole month of the period (the current month
 * has only begun) when neither an organisation nor a topic is chosen, else every month (to follow one
 * over time). `all` for every month.
 */
export function shownMonth(f: AccountabilityFilters, period: { from: string; to: string }): string {
  if (f.month) return f.month;
  if (f.organization || f.topic) return 'all';
  const [y, m, d] = period.to.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const month = d === lastDay ? period.to.slice(0, 7) : `${m === 1 ? y - 1 : y}-${String(m === 1 ? 12 : m - 1).padStart(2, '0')}`;
  return month < period.from.slice(0, 7) ? period.to.slice(0, 7) : month;
}

/** The months of the period, newest first (`YYYY-MM`). */
export function periodMonths(period: { from: string; to: string }): string[] {
  const months: string[] = [];
  let [y, m] = period.to.split('-').map(Number);
  const first = period.from.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month < first) break;
    months.push(month);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return months;
}

const topicName = (r: AccountabilityRow, lang: string) => (lang.startsWith('en') ? r.topic_name_en : r.topic_name_sv);

/** The rows shown: those of the month (`shownMonth`), organisation and topic chosen, newest month first, then by organisation and topic. */
export function accountabilityRows(rows: readonly AccountabilityRow[], f: AccountabilityFilters, month: string, lang: string): AccountabilityRow[] {
  return rows
    .filter((r) => month === 'all' || r.month === month)
    .filter((r) => !f.organization || (f.organization === 'none' ? !r.organization_id : r.organization_id === f.organization))
    .filter((r) => !f.topic || r.topic_id === f.topic)
    .sort(
      (a, b) =>
        b.month.localeCompare(a.month) ||
        (a.organization_name ?? '').localeCompare(b.organization_name ?? '', 'sv') ||
        topicName(a, lang).localeCompare(topicName(b, lang), 'sv'),
    );
}

export interface Choice {
  id: string;
  name: string;
}

/** The organisations and topics the figures name, to filter by (sorted by name; "none" for inquiries no organisation took). */
export function accountabilityChoices(rows: readonly AccountabilityRow[], lang: string, unassigned: string): { organizations: Choice[]; topics: Choice[] } {
  const orgs = new Map<string, string>();
  const topics = new Map<string, string>();
  for (const r of rows) {
    orgs.set(r.organization_id ?? 'none', r.organization_name ?? unassigned);
    topics.set(r.topic_id, topicName(r, lang));
  }
  const sorted = (m: Map<string, string>) => [...m].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return { organizations: sorted(orgs), topics: sorted(topics) };
}
