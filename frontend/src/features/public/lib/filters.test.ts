import { describe, expect, it } from 'vitest';
import { councilAreaOptions, councilOptions, councilsIn, parsePublicCouncilFilters, parsePublicCitizenPromiseFilters, parsePublicMeetingFilters, promiseAreaOptions, promiseYears, publicMeetingQueryFor } from './filters';

const A = '01900000-0000-7000-8000-0000000000c1';
const B = '01900000-0000-7000-8000-0000000000c2';

describe('public meeting filters', () => {
  it('reads the council and the period from the URL, ignoring what it does not know', () => {
    expect(parsePublicMeetingFilters(new URLSearchParams(''))).toEqual({ council: null, period: 'upcoming' });
    expect(parsePublicMeetingFilters(new URLSearchParams(`council=${A}&period=past`))).toEqual({ council: A, period: 'past' });
    expect(parsePublicMeetingFilters(new URLSearchParams('council=1&period=later'))).toEqual({ council: null, period: 'upcoming' });
  });

  it('asks for upcoming meetings from today, past ones from a year back to yesterday, the latest first', () => {
    expect(publicMeetingQueryFor({ council: A, period: 'upcoming' }, '2027-03-01')).toEqual({ council_id: A, from: '2027-03-01', to: null, order: null });
    expect(publicMeetingQueryFor({ council: null, period: 'past' }, '2027-03-01')).toEqual({ council_id: null, from: '2026-03-01', to: '2027-02-28', order: 'latest_first' });
  });

  it('offers the councils that still meet for upcoming meetings, the dissolved too for past ones, by name', () => {
    const C = '01900000-0000-7000-8000-0000000000c3';
    const councils = [
      { id: B, name: 'Trygghetsråd Östermalm', status: 'active' },
      { id: C, name: 'Lokal styrgrupp Rinkeby-Kista', status: 'dissolved' },
      { id: A, name: 'Lokal styrgrupp Södermalm', status: 'proposed' },
    ];
    expect(councilOptions(councils, 'upcoming', null)).toEqual([
      { id: A, name: 'Lokal styrgrupp Södermalm', dissolved: false },
      { id: B, name: 'Trygghetsråd Östermalm', dissolved: false },
    ]);
    expect(councilOptions(councils, 'past', null).map((c) => c.id)).toEqual([C, A, B]);
    expect(councilOptions(councils, 'upcoming', C).map((c) => [c.id, c.dissolved])).toEqual([
      [C, true],
      [A, false],
      [B, false],
    ]);
  });
});

describe('public citizen promise filters', () => {
  it('reads the area and the year from the URL, ignoring what it does not know', () => {
    expect(parsePublicCitizenPromiseFilters(new URLSearchParams(`area=${A}&year=2026`))).toEqual({ area: A, year: 2026 });
    expect(parsePublicCitizenPromiseFilters(new URLSearchParams('area=x&year=26'))).toEqual({ area: null, year: null });
  });

  it('offers next year, this year and five before, newest first', () => {
    expect(promiseYears('2026-12-03')).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('offers each area the promises name once, by name, and keeps the chosen one', () => {
    const promises = [
      { area_ids: [B], area_names: ['Södermalm'] },
      { area_ids: [A, B], area_names: ['Järva', 'Södermalm'] },
    ];
    expect(promiseAreaOptions(promises)).toEqual([
      { id: A, name: 'Järva' },
      { id: B, name: 'Södermalm' },
    ]);
    const C = '01900000-0000-7000-8000-0000000000c3';
    expect(promiseAreaOptions([], { id: C, name: 'Östermalm' })).toEqual([{ id: C, name: 'Östermalm' }]);
  });
});

describe('public council filters', () => {
  const jarva = { id: A, name: 'Järva' };
  const soder = { id: B, name: 'Södermalm' };
  const region = { id: '01900000-0000-7000-8000-0000000000c3', name: 'Polisregion Stockholm' };
  const councils = [
    { name: 'Central styrgrupp', areas: [region] },
    { name: 'Trygghetsråd Södermalm', areas: [soder] },
    { name: 'Lokal styrgrupp Järva', areas: [jarva, region] },
  ];

  it('reads the area from the URL, ignoring an id that is not one', () => {
    expect(parsePublicCouncilFilters(new URLSearchParams(`area=${A}`))).toEqual({ area: A });
    expect(parsePublicCouncilFilters(new URLSearchParams('area=järva'))).toEqual({ area: null });
  });

  it('offers each area a council covers once, by name', () => {
    expect(councilAreaOptions(councils)).toEqual([jarva, region, soder]);
  });

  it('keeps the councils that cover the chosen area, or all', () => {
    expect(councilsIn(councils, B).map((c) => c.name)).toEqual(['Trygghetsråd Södermalm']);
    expect(councilsIn(councils, region.id).map((c) => c.name)).toEqual(['Central styrgrupp', 'Lokal styrgrupp Järva']);
    expect(councilsIn(councils, null)).toHaveLength(3);
  });
});
