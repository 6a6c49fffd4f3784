import { describe, expect, it } from 'vitest';
import type { CouncilStaffing, Holder, SeatStaffing, StaffingReport } from '@/api/types';
import { termsEndingWithin, vacantRequiredSeats } from './attention';

const holder = (id: string, end_date: string | null): Holder => ({
  membership_id: id,
  person_id: `p-${id}`,
  person_name: `Person ${id}`,
  role: 'member',
  start_date: '2025-01-01',
  end_date,
  ending_soon: false,
  wrong_organization: false,
  confirmed: true,
});
const seat = (id: string, label: string, holders: Holder[], required = true): SeatStaffing => ({
  seat_id: id,
  label,
  role: 'member',
  required,
  max_holders: 1,
  holders,
  vacant: holders.length === 0,
});
const council = (id: string, name: string, seats: SeatStaffing[]): CouncilStaffing => ({
  council_id: id,
  council_name: name,
  seats,
  vacant_required_seat_ids: seats.filter((s) => s.required && s.vacant).map((s) => s.seat_id),
  mismatched_seat_ids: [],
  ending_soon_membership_ids: [],
  names: {},
  allowed_actions: [],
});

const report: StaffingReport = {
  at: '2026-11-23',
  councils: [
    council('c2', 'Södermalm', [seat('s3', 'Trygghetssamordnare', []), seat('s4', 'Skola', [], false)]),
    council('c1', 'Järva', [
      seat('s1', 'Polis', [holder('m1', '2027-01-22'), holder('m2', '2027-01-23')]),
      seat('s2', 'Fastighetsägare', []),
      seat('s5', 'Stadsdelsdirektör', [holder('m3', '2026-12-01'), holder('m4', null)]),
    ]),
  ],
};

describe('start page lists', () => {
  it('lists the vacant required seats by council and label', () => {
    expect(vacantRequiredSeats(report).map((v) => `${v.councilName}: ${v.label}`)).toEqual(['Järva: Fastighetsägare', 'Södermalm: Trygghetssamordnare']);
  });

  it('lists the terms ending within 60 days, soonest first, and not those later or open-ended', () => {
    const ending = termsEndingWithin(report);
    expect(ending.map((e) => [e.membershipId, e.endDate, e.seatLabel])).toEqual([
      ['m3', '2026-12-01', 'Stadsdelsdirektör'],
      ['m1', '2027-01-22', 'Polis'],
    ]);
  });
});
