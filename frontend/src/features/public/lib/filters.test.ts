import { describe, expect, it } from 'vitest';
import { councilOptions, parsePublicCitizenPromiseFilters, parsePublicMeetingFilters, promiseAreaOptions, promiseYears, publicMeetingQueryFor } from './filters';

const A = '01900000-0000-7000-8000-0000000000c1';
const B = '01900000-0000-7000-8000-0000000000c2';

describe('public meeting filters', () => {
  it('reads the council and the period from the URL, ignoring what it does not know', () => {
    expect(parsePublicMeetingFilters(new URLSearchParams(''))).toEqual({ council: null, period: 'upcoming' });
    expect(parsePublicMeetingFilters(new URLSearchParams(`council=${A}&period=past`))).toEqual({ council: A, period: 'past' });
    expect(parsePublicMeetingFilters(new URLSearchParams('council=1&period=later'))).toEqual({ council: null, period: 'upcoming' });
  });

  it('asks for upcoming meetings from today, past ones from a year back to yesterday', () => {
    expect(publicMeetingQueryFor({ council: A, period: 'upcoming' }, '2027-03-01')).toEqual({ council_id: A, from: '2027-03-01', to: null });
    expect(publicMeetingQueryFor({ council: null, period: 'past' }, '2027-03-01')).toEqual({ council_id: null, from: '2026-03-01', to: '2027-02-28' });
  });

  it('offers each council the meetings name once, by name, and keeps the chosen one', () => {
    const meetings = [
      { council_id: B, council_name: 'Trygghetsråd Östermalm' },
      { council_id: A, council_name: 'Lokal styrgrupp Södermalm' },
      { council_id: B, council_name: 'Trygghetsråd Östermalm' },
    ];
    expect(councilOptions(meetings)).toEqual([
      { id: A, name: 'Lokal styrgrupp Södermalm' },
      { id: B, name: 'Trygghetsråd Östermalm' },
    ]);
    expect(councilOptions([], { id: A, name: 'Lokal styrgrupp Södermalm' })).toEqual([{ id: A, name: 'Lokal styrgrupp Södermalm' }]);
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
