import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import type { TargetMet } from '@/api/types';
import { changeText, keptStatus, metReason, metStatus } from './wording';

const sv = i18n.getFixedT('sv');
const en = i18n.getFixedT('en');
const pct = { unit: '%', better_direction: 'lower' as const };
const value = (period: string, v: number) => ({ period, value: v, group: null });

describe('changeText', () => {
  it('says a percentage moved in percentage points, and which way is better', () => {
    expect(changeText(sv, 'sv', { ...pct, latest: value('2026', 26.4), previous: value('2025', 27.6), change: { delta: -1.2, improved: true } })).toBe(
      'Minskade med 1,2 procentenheter – åt rätt håll.',
    );
    expect(changeText(sv, 'sv', { ...pct, latest: value('2026', 38.2), previous: value('2025', 36.7), change: { delta: 1.5, improved: false } })).toBe(
      'Ökade med 1,5 procentenheter – åt fel håll.',
    );
    expect(
      changeText(sv, 'sv', { unit: '%', better_direction: 'higher', latest: value('2026', 52.6), previous: value('2025', 50.8), change: { delta: 1.8, improved: true } }),
    ).toBe('Ökade med 1,8 procentenheter – åt rätt håll.');
    expect(
      changeText(sv, 'sv', { unit: '%', better_direction: 'higher', latest: value('2026', 49), previous: value('2025', 50), change: { delta: -1, improved: false } }),
    ).toBe('Minskade med 1 procentenhet – åt fel håll.');
  });

  it('shows the change with the decimals of the values, without floating-point noise', () => {
    expect(changeText(sv, 'sv', { ...pct, latest: value('2026', 26.4), previous: value('2025', 27.6), change: { delta: -1.2000000000000028, improved: true } })).toBe(
      'Minskade med 1,2 procentenheter – åt rätt håll.',
    );
    // 16,0 → 15,25: every value is shown with two decimals.
    expect(
      changeText(sv, 'sv', {
        ...pct,
        latest: value('2026', 15.25),
        previous: value('2025', 16),
        change: { delta: -0.75, improved: true },
        values: [value('2024', 16.5)],
      }),
    ).toBe('Minskade med 0,75 procentenheter – åt rätt håll.');
  });

  it('says other units as a number (the values beside it carry the unit)', () => {
    expect(
      changeText(sv, 'sv', { unit: 'index 0–6', better_direction: 'lower', latest: value('2026', 2.1), previous: value('2025', 2.2), change: { delta: -0.1, improved: true } }),
    ).toBe('Minskade med 0,1 – åt rätt håll.');
    expect(
      changeText(sv, 'sv', { unit: 'anmälningar', better_direction: 'lower', latest: value('2026', 1204), previous: value('2025', 1180), change: { delta: 24, improved: false } }),
    ).toBe('Ökade med 24 – åt fel håll.');
  });

  it('says no change, and what is missing when there is nothing to compare', () => {
    expect(changeText(sv, 'sv', { ...pct, latest: value('2026', 14), previous: value('2025', 14), change: { delta: 0, improved: false } })).toBe('Oförändrat.');
    expect(changeText(sv, 'sv', { ...pct, latest: value('2026', 14), previous: null, change: null })).toBe('Inget tidigare värde att jämföra med.');
    expect(changeText(sv, 'sv', { ...pct, latest: null, previous: value('2025', 14), change: null })).toBe('Inget värde för året att jämföra.');
  });

  it('speaks English', () => {
    expect(changeText(en, 'en', { ...pct, latest: value('2026', 26.4), previous: value('2025', 27.6), change: { delta: -1.2, improved: true } })).toBe(
      'Decreased by 1.2 percentage points – the right way.',
    );
  });
});

describe('targets and promises', () => {
  const met = (m: Partial<TargetMet>): TargetMet => ({ met: null, reason: 'no_target', current: null, target: null, explanation: 'English', ...m });
  const number = (v: number, d: number) => new Intl.NumberFormat('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);

  it('words a target from its reason and numbers, not from the English explanation', () => {
    const short = met({ met: false, reason: 'indicator_short', current: 14.4, target: 14 });
    expect(metStatus(sv, short)).toBe('Inte uppfyllt');
    expect(metReason(sv, short, number)).toBe('Indikatorn är 14,4; målet är 14,0.');
    const reached = met({ met: true, reason: 'count_reached', current: 44, target: 40 });
    expect(keptStatus(sv, reached)).toBe('Hållet');
    expect(metReason(sv, reached, number)).toBe('44 av målet 40.');
    expect(keptStatus(sv, met({ met: false, reason: 'count_short', current: 30, target: 40 }))).toBe('Inte hållet');
    expect(metStatus(sv, met({ reason: 'nothing_reported' }))).toBe('Kan inte bedömas ännu');
    expect(metReason(sv, met({ reason: 'nothing_reported' }), number)).toBe('Inget är rapporterat ännu.');
    expect(metReason(en, reached, number)).toBe('44 of the target 40.');
  });
});
