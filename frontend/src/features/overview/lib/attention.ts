import type { CouncilRole, StaffingReport } from '@/api/types';
import { addDaysIso } from '@/lib/format';

/** How far ahead the start page looks for terms that end. */
export const ENDING_WITHIN_DAYS = 60;
/** How many rows each list on the start page shows before "show all". */
export const SHORT_LIST = 10;

export interface VacantSeat {
  councilId: string;
  councilName: string;
  seatId: string;
  label: string;
}

export interface EndingTerm {
  membershipId: string;
  councilId: string;
  councilName: string;
  seatId: string;
  seatLabel: string;
  personId: string;
  personName: string;
  role: CouncilRole;
  endDate: string;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'sv');

/** The required seats nobody holds, by council and seat label. */
export function vacantRequiredSeats(report: StaffingReport): VacantSeat[] {
  const out: VacantSeat[] = [];
  for (const c of report.councils) {
    const vacant = new Set(c.vacant_required_seat_ids);
    for (const s of c.seats) {
      if (vacant.has(s.seat_id)) out.push({ councilId: c.council_id, councilName: c.council_name, seatId: s.seat_id, label: s.label });
    }
  }
  return out.sort((a, b) => byName(a.councilName, b.councilName) || byName(a.label, b.label));
}

/**
 * The terms running on the report's date that end within `days` days of it, soonest first. The
 * staffing report marks terms ending within 90 days; the start page narrows that by `end_date`.
 */
export function termsEndingWithin(report: StaffingReport, days = ENDING_WITHIN_DAYS): EndingTerm[] {
  const last = addDaysIso(report.at, days);
  const out: EndingTerm[] = [];
  for (const c of report.councils)
    for (const s of c.seats)
      for (const h of s.holders) {
        if (!h.end_date || h.end_date < report.at || h.end_date > last) continue;
        out.push({
          membershipId: h.membership_id,
          councilId: c.council_id,
          councilName: c.council_name,
          seatId: s.seat_id,
          seatLabel: s.label,
          personId: h.person_id,
          personName: h.person_name,
          role: h.role,
          endDate: h.end_date,
        });
      }
  return out.sort((a, b) => a.endDate.localeCompare(b.endDate) || byName(a.councilName, b.councilName) || byName(a.personName, b.personName));
}
