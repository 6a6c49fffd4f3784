import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import type { InitiativeTarget, Met, MetReason } from '@/api/types';
import { formatPercent, formatPeriod, metState, metText, targetText } from './initiatives';

const sv = i18n.getFixedT('sv');
const en = i18n.getFixedT('en');

const walks: InitiativeTarget = { type: 'count', target: 40, per: 52, unit: 'helger med nattvandring' };
const lighting: InitiativeTarget = {
  type: 'indicator',
  indicator_id: '01900000-0000-7000-8000-0000000000f1',
  baseline_value: 16,
  baseline_period: '2024',
  target_value: 14,
  target_period: '2026-H2',
};
const met = (reason: MetReason, value: boolean | null, current: number | null, target: number | null): Met => ({
  met: value,
  reason,
  current,
  target,
  explanation: 'English explanation from the API',
});

describe('target in words', () => {
  it('says a count target with and without "out of"', () => {
    expect(targetText(walks, sv, 'sv')).toBe('minst 40 av 52 helger med nattvandring');
    expect(targetText({ ...walks, per: null }, sv, 'sv')).toBe('minst 40 helger med nattvandring');
    expect(targetText(walks, en, 'en')).toBe('at least 40 of 52 helger med nattvandring');
    expect(targetText({ type: 'count', target: 1500, per: null, unit: 'besök' }, sv, 'sv')).toBe('minst 1\u00a0500 besök');
  });

  it('says an indicator target from the baseline to the target with periods, the way it should move, and the indicator', () => {
    const name = 'Otrygg ute ensam sent en kväll i det egna området';
    expect(targetText(lighting, sv, 'sv', name)).toBe(`${name} ska sjunka från 16 (2024) till 14 (andra halvåret 2026)`);
    expect(targetText({ ...lighting, target_value: 18.5, target_period: '2026-Q3' }, sv, 'sv', name)).toBe(
      `${name} ska stiga från 16 (2024) till 18,5 (tredje kvartalet 2026)`,
    );
    expect(targetText(lighting, en, 'en', name)).toBe(`${name} to fall from 16 (2024) to 14 (second half of 2026)`);
    // The public pages do not know the indicator's name.
    expect(targetText(lighting, sv, 'sv')).toBe('Indikatorn ska sjunka från 16 (2024) till 14 (andra halvåret 2026)');
  });

  it('says a period in words', () => {
    expect(formatPeriod('2025', sv, 'sv')).toBe('2025');
    expect(formatPeriod('2025-H1', sv, 'sv')).toBe('första halvåret 2025');
    expect(formatPeriod('2025-Q4', en, 'en')).toBe('fourth quarter of 2025');
    expect(formatPeriod('2025-03', sv, 'sv')).toBe('mars 2025');
    expect(formatPeriod('2025-03', en, 'en')).toBe('March 2025');
    expect(formatPeriod('sometime', sv, 'sv')).toBe('sometime');
  });

  it('formats per cent for the language', () => {
    expect(formatPercent(93.3, 'sv')).toBe('93,3\u00a0%');
    expect(formatPercent(93.3, 'en')).toBe('93.3%');
    expect(formatPercent(100, 'sv')).toBe('100\u00a0%');
  });
});

describe('met in words', () => {
  it('words each reason in Swedish from its numbers, never the English explanation', () => {
    const cases: [Met, InitiativeTarget | null, string][] = [
      [met('count_reached', true, 44, 40), walks, '44 helger med nattvandring – målet på minst 40 är nått.'],
      [met('count_short', false, 9, 12), { type: 'count', target: 12, per: 12, unit: 'månader' }, '9 månader – 3 kvar till målet på 12.'],
      [met('nothing_reported', null, null, 40), walks, 'Inget antal rapporterat än. Målet är minst 40 helger med nattvandring.'],
      [met('indicator_reached', true, 13.5, 14), lighting, 'Indikatorn har gått från 16 till 13,5 och nått målet 14.'],
      [met('indicator_short', false, 14.4, 14), lighting, 'Indikatorn har gått från 16 till 14,4; målet är 14.'],
      [met('no_measurement', null, null, 14), lighting, 'Inget mätvärde för målperioden än. Utgångsvärdet är 16 och målet 14.'],
      [met('no_target', null, null, null), null, 'Insatsen har inget mål att bedöma.'],
    ];
    for (const [m, target, text] of cases) {
      expect(metText(m, target, sv, 'sv')).toBe(text);
      expect(metText(m, target, sv, 'sv')).not.toContain('English');
    }
  });

  it('words them in English too', () => {
    expect(metText(met('count_short', false, 9, 12), { type: 'count', target: 12, per: 12, unit: 'months' }, en, 'en')).toBe(
      '9 months: 3 short of the target of 12.',
    );
    expect(metText(met('indicator_short', false, 14.4, 14), lighting, en, 'en')).toBe('The indicator moved from 16 to 14.4; the target is 14.');
  });

  it('leaves no gap where a count target has no unit', () => {
    expect(metText(met('count_reached', true, 5, 5), { type: 'count', target: 5, per: null, unit: '' }, sv, 'sv')).toBe('5 – målet på minst 5 är nått.');
    expect(metText(met('nothing_reported', null, null, 5), { type: 'count', target: 5, per: null, unit: ' ' }, sv, 'sv')).toBe(
      'Inget antal rapporterat än. Målet är minst 5.',
    );
  });

  it('sorts met, not met, not judged yet and no target', () => {
    expect(metState(met('count_reached', true, 1, 1))).toBe('met');
    expect(metState(met('count_short', false, 0, 1))).toBe('not_met');
    expect(metState(met('nothing_reported', null, null, 1))).toBe('undecided');
    expect(metState(met('no_target', null, null, null))).toBe('no_target');
  });
});
