import { describe, expect, it } from 'vitest';
import { councilOptions, parsePublicMeetingFilters, publicMeetingQueryFor } from './filters';

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
