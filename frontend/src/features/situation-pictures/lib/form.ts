/**
 * The situation picture form's state and what it sends. Pure functions, tested on their own
 * (`form.test.ts`): the state from a picture (to edit, or to copy into a new version), the checks
 * made before sending, and the body.
 */
import type { TFunction } from 'i18next';
import type { Classification, SituationPicture } from '@/api/types';
import type { Errors } from '@/components/ui/form';
import { SITUATION_PARTS, type SituationBody, type SituationPart } from '../api/situation-pictures';

export interface PartState {
  text: string;
  classification: Classification;
  /** The part has a text the caller may not read: it is neither shown nor sent (it stays as it is). */
  withheld: boolean;
}

export interface ProblemState {
  /** A key for React that stays with the problem when others are added or removed. */
  key: string;
  title: string;
  description: string;
  priority: string;
  initiative_ids: string[];
}

export interface SituationFormState extends Record<SituationPart, PartState> {
  title: string;
  area_id: string;
  council_id: string;
  period_start: string;
  period_end: string;
  problems: ProblemState[];
  /** The adopted version this draft revises (a new version), or null. */
  replaces_id: string | null;
}

let problemKeys = 0;
export const newProblemKey = () => `problem-${++problemKeys}`;

export const emptyProblem = (): ProblemState => ({ key: newProblemKey(), title: '', description: '', priority: '3', initiative_ids: [] });

/** Where a new form starts: the area of the URL, this year as the period, every part internal. */
export function emptyState(prefill: { area_id?: string; year?: number } = {}): SituationFormState {
  const year = prefill.year;
  const part = (): PartState => ({ text: '', classification: 'internal', withheld: false });
  return {
    title: '',
    area_id: prefill.area_id ?? '',
    council_id: '',
    period_start: year ? `${year}-01-01` : '',
    period_end: year ? `${year}-12-31` : '',
    crime_mapping: part(),
    other_information: part(),
    analysis: part(),
    problems: [],
    replaces_id: null,
  };
}

/**
 * The form's state from a picture: a draft to edit, or (`revise`) an adopted one copied into a new
 * version that replaces it. A part the caller may not read is marked withheld: an edit leaves it as
 * it is; a new version cannot copy it and starts that part empty.
 */
export function stateFrom(p: SituationPicture, { revise = false }: { revise?: boolean } = {}): SituationFormState {
  const part = (name: SituationPart): PartState => {
    const s = p[name];
    if (s.withheld && revise) return { text: '', classification: s.classification, withheld: false };
    return { text: s.text ?? '', classification: s.classification, withheld: s.withheld };
  };
  return {
    title: p.title,
    area_id: p.area_id,
    council_id: p.council_id,
    period_start: p.period_start,
    period_end: p.period_end,
    crime_mapping: part('crime_mapping'),
    other_information: part('other_information'),
    analysis: part('analysis'),
    problems: [...p.problems]
      .sort((a, b) => a.priority - b.priority)
      .map((pr) => ({
        key: newProblemKey(),
        title: pr.title,
        description: pr.description ?? '',
        priority: String(pr.priority),
        initiative_ids: [...(pr.initiative_ids ?? [])],
      })),
    replaces_id: revise ? p.id : null,
  };
}

/** The parts a new version of `p` cannot copy: those whose text the caller may not read. */
export const uncopiedParts = (p: SituationPicture): SituationPart[] => SITUATION_PARTS.filter((part) => p[part].withheld);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The checks made before sending: each error at its field, by its API field name. */
export function clientErrors(s: SituationFormState, t: TFunction): Errors {
  const errs: Errors = {};
  if (!s.title.trim()) errs.title = t('situations.form.titleRequired');
  if (!s.area_id) errs.area_id = t('situations.form.areaRequired');
  if (!s.council_id) errs.council_id = t('situations.form.councilRequired');
  if (!ISO_DATE.test(s.period_start)) errs.period_start = t('situations.form.startRequired');
  if (!ISO_DATE.test(s.period_end)) errs.period_end = t('situations.form.endRequired');
  else if (ISO_DATE.test(s.period_start) && s.period_end < s.period_start) errs.period_end = t('forms.errors.before_start_date');
  s.problems.forEach((p, i) => {
    if (!p.title.trim()) errs[`problems[${i}].title`] = t('situations.form.problemTitleRequired');
  });
  return errs;
}

/**
 * The body: every field, texts trimmed (an empty part is `null`, which clears it), the problems in
 * the order shown. A withheld part is left out, text and classification both, so it stays as it is.
 */
export function situationBody(s: SituationFormState): SituationBody {
  const body: SituationBody = {
    title: s.title.trim(),
    area_id: s.area_id,
    council_id: s.council_id,
    period_start: s.period_start,
    period_end: s.period_end,
    problems: s.problems.map((p) => ({
      title: p.title.trim(),
      description: p.description.trim() || null,
      priority: Number(p.priority),
      initiative_ids: p.initiative_ids,
    })),
  };
  for (const part of SITUATION_PARTS) {
    if (s[part].withheld) continue;
    body[part] = s[part].text.trim() || null;
    body[`${part}_classification`] = s[part].classification;
  }
  if (s.replaces_id) body.replaces_id = s.replaces_id;
  return body;
}
