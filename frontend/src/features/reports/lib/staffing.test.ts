import { describe, expect, it } from 'vitest';
import type { StaffingReport } from '@/api/types';
import { toCsv } from './csv';
import { problemsOnly, staffingCsvRows, staffingTotals } from './staffing';

const holder = (over: object = {}) => ({
  membership_id: 'm1',
  person_id: 'p1',
  person_name: 'Åsa Öberg',
  role: 'member' as const,
  start_date: '2025-01-01',
  end_date: null,
  on_behalf_of_id: 'o1',
  ending_soon: false,
  wrong_organization: false,
  confirmed: true,
  ...over,
});
const report: StaffingReport = {
  at: '2026-11-23',
  councils: [
    {
      council_id: 'c1',
      names: {},
      allowed_actions: [],
      council_name: 'Lokal styrgrupp Järva',
      vacant_required_seat_ids: ['s2'],
      mismatched_seat_ids: [],
      ending_soon_membership_ids: [],
      seats: [
        { seat_id: 's1', label: 'Ordförande', role: 'chair', required: true, max_holders: 1, organization_id: 'o1', vacant: false, holders: [holder()] },
        { seat_id: 's2', label: 'Sekreterare; ersättare', role: 'secretary', required: true, max_holders: 1, organization_id: null, vacant: true, holders: [] },
      ],
    },
    {
      council_id: 'c2',
      names: {},
      allowed_actions: [],
      council_name: 'Trygghetsråd Farsta',
      vacant_required_seat_ids: [],
      mismatched_seat_ids: [],
      ending_soon_membership_ids: [],
      seats: [{ seat_id: 's3', label: 'Polis', role: 'member', required: false, max_holders: 1, organization_id: null, vacant: true, holders: [] }],
    },
  ],
} as StaffingReport;

describe('staffing report', () => {
  it('counts totals', () => {
    expect(staffingTotals(report)).toEqual({ councils: 2, seats: 3, vacantRequired: 1, mismatched: 0, endingSoon: 0 });
  });

  it('filters to problems only: vacant required seats, wrong organisation, ending soon', () => {
    const only = problemsOnly(report);
    expect(only.councils.map((c) => c.council_id)).toEqual(['c1']);
    expect(only.councils[0].seats.map((s) => s.seat_id)).toEqual(['s2']);
    const ending = problemsOnly({
      ...report,
      councils: [{ ...report.councils[0], seats: [{ ...report.councils[0].seats[0], holders: [holder({ ending_soon: true })] }] }],
    });
    expect(ending.councils[0].seats).toHaveLength(1);
  });

  it('exports CSV for Swedish Excel: BOM, semicolons, quoting, CRLF', () => {
    const rows = staffingCsvRows(report, {
      header: ['Råd', 'Plats', 'Roll', 'Organisation', 'Obligatorisk', 'Innehavare', 'För', 'Till och med', 'Problem'],
      role: (r) => ({ chair: 'Ordförande', secretary: 'Sekreterare', member: 'Ledamot' })[r] ?? r,
      yes: 'Ja',
      no: 'Nej',
      vacant: 'Vakant',
      problems: { vacantRequired: 'Vakant obligatorisk plats', wrongOrganization: 'Fel organisation', endingSoon: 'Slutar snart' },
      organizationName: (id) => (id === 'o1' ? 'Polisen' : ''),
    });
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFRåd;Plats;Roll;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('Lokal styrgrupp Järva;Ordförande;Ordförande;Polisen;Ja;Åsa Öberg;Polisen;;');
    expect(lines[2]).toBe('Lokal styrgrupp Järva;"Sekreterare; ersättare";Sekreterare;;Ja;Vakant;;;Vakant obligatorisk plats');
    expect(lines).toHaveLength(5); // header, 3 seats, trailing empty
    expect(toCsv([['a "b"', 'c\nd']])).toBe('\uFEFF"a ""b""";"c\nd"\r\n');
  });
});
