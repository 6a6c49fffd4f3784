/**
 * The logic of the minutes pages, kept out of the components: what the caller may do (from
 * `allowed_actions` only), what the form sends, the default due date, the adjusting rounds.
 */
import type { CouncilRole, Membership } from '@/api/types';
import { allows } from '@/lib/permissions';
import { stockholmDate } from '@/lib/stockholm-time';
import type { Adjuster, Attendance, ItemResult, Minutes, MinutesPatch, Paragraph, ParagraphPatch, Review } from '../api/minutes';

/** Days between the meeting and the date the minutes should be adjusted by, when none is set. */
export const ADJUST_WITHIN_DAYS = 14;

/** What the caller may do with the minutes now. Only `allowed_actions` decide; the status says what is shown. */
export interface MinutesAbilities {
  /** The draft's form: paragraphs, övrigt, adjusters, due date. */
  edit: boolean;
  submit: boolean;
  approve: boolean;
  comment: boolean;
  correct: boolean;
  /** Adjusted: read-only for everyone, corrections only. */
  locked: boolean;
}

export function minutesAbilities(m: Minutes | null | undefined): MinutesAbilities {
  const locked = m?.status === 'adjusted';
  return {
    edit: !!m && m.status === 'draft' && allows('update', m),
    submit: !!m && m.status === 'draft' && allows('submit', m),
    approve: !!m && m.status === 'submitted' && allows('approve', m),
    comment: !!m && m.status === 'submitted' && allows('comment', m),
    correct: !!m && locked && allows('correct', m),
    locked,
  };
}

/** A paragraph that may not be written any more (adjusted at once, or the caller may not). */
export const paragraphLocked = (p: Paragraph) => !!p.adjusted_at || !allows('update', p);

/** Whether to offer immediate adjusting of a paragraph (omedelbar justering). */
export const mayAdjustNow = (p: Paragraph) => !p.adjusted_at && allows('adjust_now', p);

/** `YYYY-MM-DD` plus `days`. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** The due date the form shows: the minutes' own, else two weeks after the meeting's day in Stockholm. */
export function defaultAdjustBy(minutes: Pick<Minutes, 'adjust_by'>, meetingStartsAt: string | null | undefined): string {
  if (minutes.adjust_by) return minutes.adjust_by;
  const day = stockholmDate(meetingStartsAt);
  return day ? addDays(day, ADJUST_WITHIN_DAYS) : '';
}

/** Someone who can be chosen as adjuster: an attendee with a person and presence `attended`. */
export interface Attendee {
  personId: string;
  name: string;
}

export function attendees(list: readonly Attendance[] | undefined): Attendee[] {
  const seen = new Set<string>();
  const out: Attendee[] = [];
  for (const a of list ?? []) {
    if (a.presence !== 'attended' || !a.person_id || seen.has(a.person_id)) continue;
    seen.add(a.person_id);
    out.push({ personId: a.person_id, name: a.names[a.person_id] ?? a.guest_name ?? '' });
  }
  return out;
}

/** The decision's number as the council writes it: "2027:7". */
export function decisionLabel(p: Pick<Paragraph, 'decision_number' | 'decision_year'>): string | null {
  return p.decision_number != null && p.decision_year != null ? `${p.decision_year}:${p.decision_number}` : null;
}

/** One paragraph's values in the form ('' for none). */
export interface ParagraphValues {
  minutes_text: string;
  decision: string;
  result: ItemResult | '';
}

export const paragraphValues = (p: Paragraph): ParagraphValues => ({
  minutes_text: p.minutes_text ?? '',
  decision: p.decision ?? '',
  result: p.result ?? '',
});

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The fields that differ from the saved paragraph (blank clears), or null when nothing changed. */
export function paragraphPatch(p: Paragraph, v: ParagraphValues): ParagraphPatch | null {
  const patch: ParagraphPatch = {};
  if (orNull(v.minutes_text) !== (p.minutes_text ?? null)) patch.minutes_text = orNull(v.minutes_text);
  if (orNull(v.decision) !== (p.decision ?? null)) patch.decision = orNull(v.decision);
  if ((v.result || null) !== (p.result ?? null)) patch.result = v.result || null;
  return Object.keys(patch).length ? patch : null;
}

/** The secretary's part in the form. */
export interface MinutesValues {
  other_business: string;
  adjust_by: string;
  adjusters: string[];
}

export const minutesValues = (m: Minutes, meetingStartsAt: string | null | undefined): MinutesValues => ({
  other_business: m.other_business ?? '',
  adjust_by: defaultAdjustBy(m, meetingStartsAt),
  adjusters: m.adjusters.map((a) => a.person_id),
});

/** The fields that differ from the saved minutes, or null when nothing changed. */
export function minutesPatch(m: Minutes, v: MinutesValues): MinutesPatch | null {
  const patch: MinutesPatch = {};
  if (orNull(v.other_business) !== (m.other_business ?? null)) patch.other_business = orNull(v.other_business);
  if (v.adjust_by && v.adjust_by !== m.adjust_by) patch.adjust_by = v.adjust_by;
  const saved = m.adjusters.map((a) => a.person_id);
  const same = saved.length === v.adjusters.length && saved.every((id) => v.adjusters.includes(id));
  if (!same) patch.adjuster_person_ids = v.adjusters;
  return Object.keys(patch).length ? patch : null;
}

/** Where an adjuster stands with the current revision. */
export type AdjusterState = 'approved' | 'approvedEarlier' | 'pending';

export function adjusterState(a: Adjuster): AdjusterState {
  if (a.approved) return 'approved';
  return a.approved_revision != null ? 'approvedEarlier' : 'pending';
}

/** The adjusting history: one round per submitted revision, oldest first, each with what was said. */
export interface Round {
  revision: number;
  reviews: Review[];
}

export function rounds(reviews: readonly Review[]): Round[] {
  const by = new Map<number, Review[]>();
  for (const r of reviews) by.set(r.revision, [...(by.get(r.revision) ?? []), r]);
  return [...by.entries()]
    .sort(([a], [b]) => a - b)
    .map(([revision, list]) => ({ revision, reviews: [...list].sort((x, y) => x.created_at.localeCompare(y.created_at)) }));
}

/**
 * The comments the secretary is to act on (or that the adjusters see while adjusting): those of the
 * latest round that had any. `itemId` narrows to one paragraph; null to those on the whole minutes.
 */
export function latestComments(reviews: readonly Review[], itemId?: string | null): Review[] {
  const commented = reviews.filter((r) => r.verdict === 'commented');
  if (commented.length === 0) return [];
  const last = Math.max(...commented.map((r) => r.revision));
  return commented.filter((r) => r.revision === last && (itemId === undefined || (r.agenda_item_id ?? null) === itemId));
}

/** One line of the protocol's "Närvarande" or "Frånvarande": name, the organisation they sit for, their role at the table. */
export interface PresentLine {
  key: string;
  name: string;
  organization: string | null;
  role: CouncilRole | null;
  deputy: boolean;
  guest: boolean;
}

/** The protocol's lines of those whose presence is marked `presence`, in the attendance list's order. */
function linesWith(presence: Attendance['presence'], list: readonly Attendance[] | undefined, terms: readonly Membership[] | undefined): PresentLine[] {
  const byId = new Map((terms ?? []).map((m) => [m.id, m]));
  return (list ?? [])
    .filter((a) => a.presence === presence)
    .map((a) => {
      const term = a.membership_id ? byId.get(a.membership_id) : undefined;
      const org = term?.on_behalf_of_id ? term.names[term.on_behalf_of_id] ?? null : null;
      const guest = !a.membership_id && !a.substitute_for_membership_id;
      return {
        key: a.id,
        name: (a.person_id ? a.names[a.person_id] : null) ?? a.guest_name ?? '',
        organization: org ?? a.guest_organization ?? null,
        role: term?.role ?? null,
        deputy: !!a.substitute_for_membership_id,
        guest,
      };
    });
}

/**
 * Who attended, for the protocol: members with the organisation of their term (the attendance entry
 * names the term, the council's terms name its organisation), deputies, guests with their organisation.
 */
export const presentLines = (list: readonly Attendance[] | undefined, terms: readonly Membership[] | undefined) => linesWith('attended', list, terms);

/** Who was marked absent, for the protocol's "Frånvarande" (the same lines as "Närvarande"). */
export const absentLines = (list: readonly Attendance[] | undefined, terms: readonly Membership[] | undefined) => linesWith('absent', list, terms);

/**
 * The council's members whose presence nobody marked, once the presence of someone is marked: the
 * protocol says so rather than counting them present or absent. Empty when nothing is marked at all
 * (the protocol then says the attendance is not recorded).
 */
export function unrecordedNames(list: readonly Attendance[] | undefined): string[] {
  const all = list ?? [];
  if (!all.some((a) => a.presence !== 'unknown')) return [];
  return all
    .filter((a) => a.presence === 'unknown' && a.membership_id)
    .map((a) => (a.person_id ? a.names[a.person_id] : null) ?? a.guest_name ?? '')
    .filter(Boolean);
}

/** The secretary for the protocol's signature: the council's secretary who attended, else its current one. */
export function secretaryName(list: readonly Attendance[] | undefined, terms: readonly Membership[] | undefined): string | null {
  const secretaries = (terms ?? []).filter((m) => m.role === 'secretary');
  const came = new Set((list ?? []).filter((a) => a.presence === 'attended').map((a) => a.membership_id));
  const term = secretaries.find((m) => came.has(m.id)) ?? secretaries.find((m) => m.current);
  return term ? term.names[term.person_id] ?? null : null;
}
