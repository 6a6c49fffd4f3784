import type { components } from '@/api/schema';
import type { PublicContactRoute } from '../api/inquiries';

type Channel = components['schemas']['Channel'];

/**
 * A Swedish phone number in E.164 (`+46850800508`) as Swedes write it: "08-508 005 08"; the police's
 * short number `+4611414` as "114 14". Stockholm (08) is grouped 3-3-2 (or 3-2-2); other numbers get
 * the trunk 0 and groups of two or three after a two- or three-digit area code. A number from abroad
 * stays as it is.
 */
export function phoneText(e164: string): string {
  const digits = e164.replace(/[^\d+]/g, '');
  if (!digits.startsWith('+46')) return e164;
  const national = digits.slice(3);
  if (/^1\d{4}$/.test(national)) return `${national.slice(0, 3)} ${national.slice(3)}`;
  const group = (rest: string) => {
    const parts: string[] = [];
    let r = rest;
    while (r.length > 4) {
      parts.push(r.slice(0, 3));
      r = r.slice(3);
    }
    if (r.length === 4) parts.push(r.slice(0, 2), r.slice(2));
    else if (r) parts.push(r);
    return parts.join(' ');
  };
  if (national.startsWith('8')) return `08-${group(national.slice(1))}`;
  return `0${national.slice(0, 2)}-${group(national.slice(2))}`;
}

/** Where a channel leads: `tel:` for a phone, `mailto:` for e-mail, the address for the web; none for a visiting address. */
export function channelHref(c: Channel): string | null {
  switch (c.type) {
    case 'phone':
      return `tel:${c.value.replace(/[^\d+]/g, '')}`;
    case 'email':
      return `mailto:${c.value}`;
    case 'web':
      return /^https?:\/\//i.test(c.value) ? c.value : null;
    default:
      return null;
  }
}

/** The channel's value as shown: a phone number the Swedish way, a web address without `https://`, anything else as it is. */
export function channelText(c: Channel): string {
  if (c.type === 'phone') return phoneText(c.value);
  if (c.type === 'web') return c.value.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  return c.value;
}

/** A route of the directory with the topics it is the route for (the API lists a route once per topic). */
export interface DirectoryEntry {
  key: string;
  route: PublicContactRoute;
  topics: { id: string; name_sv: string; name_en: string }[];
}

/**
 * The directory's routes merged where only the topic differs (the same function, organisation,
 * channels, areas, audience and target): "Stadens kontaktcenter" once, for lighting, litter and
 * traffic, instead of three times. Keeps the API's order (by function).
 */
export function mergeRoutes(routes: readonly PublicContactRoute[]): DirectoryEntry[] {
  const entries = new Map<string, DirectoryEntry>();
  for (const r of routes) {
    const key = JSON.stringify([r.function, r.organization_id, r.channels, r.area_ids, r.from_audience, r.response_target ?? null, r.opening_hours ?? null, r.stale]);
    const entry = entries.get(key);
    const topic = { id: r.topic_id, name_sv: r.topic_name_sv, name_en: r.topic_name_en };
    if (!entry) entries.set(key, { key: r.id, route: r, topics: [topic] });
    else if (!entry.topics.some((tp) => tp.id === topic.id)) entry.topics.push(topic);
  }
  return [...entries.values()];
}

type OpeningHours = components['schemas']['OpeningHours'];
type Weekday = components['schemas']['Weekday'];
const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * The weekly opening hours in lines, consecutive days with the same hours together: "mån–fre
 * 08:00–18:00", "lör 10:00–14:00" (`day` names a weekday: `t('publicContact.days.mon')`). A day
 * with several periods lists them: "tis 08:00–12:00, 13:00–16:00".
 */
export function openingHoursLines(hours: OpeningHours | null | undefined, day: (d: Weekday) => string): string[] {
  const weekly = hours?.weekly ?? [];
  const perDay = WEEK.map((d) =>
    weekly
      .filter((w) => w.day === d)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((w) => `${w.opens}–${w.closes}`)
      .join(', '),
  );
  const lines: string[] = [];
  let start = 0;
  for (let i = 1; i <= WEEK.length; i++) {
    if (i < WEEK.length && perDay[i] === perDay[start]) continue;
    if (perDay[start]) {
      const days = i - 1 === start ? day(WEEK[start]) : `${day(WEEK[start])}–${day(WEEK[i - 1])}`;
      lines.push(`${days} ${perDay[start]}`);
    }
    start = i;
  }
  return lines;
}
