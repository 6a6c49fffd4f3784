import type { CouncilStaffing, SeatStaffing, StaffingReport } from '@/api/types';

export interface StaffingTotals {
  councils: number;
  seats: number;
  vacantRequired: number;
  mismatched: number;
  endingSoon: number;
}

export function staffingTotals(report: StaffingReport): StaffingTotals {
  return {
    councils: report.councils.length,
    seats: report.councils.reduce((n, c) => n + c.seats.length, 0),
    vacantRequired: report.councils.reduce((n, c) => n + c.vacant_required_seat_ids.length, 0),
    mismatched: report.councils.reduce((n, c) => n + c.mismatched_seat_ids.length, 0),
    endingSoon: report.councils.reduce((n, c) => n + c.ending_soon_membership_ids.length, 0),
  };
}

/** A seat needs attention: required and vacant, held for the wrong organisation, or a term ends soon. */
export function seatHasProblem(s: SeatStaffing): boolean {
  return (s.required && s.vacant) || s.holders.some((h) => h.wrong_organization || h.ending_soon);
}

/** Only the councils with problems, each with only its problem seats. */
export function problemsOnly(report: StaffingReport): StaffingReport {
  const councils: CouncilStaffing[] = [];
  for (const c of report.councils) {
    const seats = c.seats.filter(seatHasProblem);
    if (seats.length > 0) councils.push({ ...c, seats });
  }
  return { ...report, councils };
}

export interface StaffingCsvText {
  header: string[];
  role: (role: string) => string;
  yes: string;
  no: string;
  vacant: string;
  problems: { vacantRequired: string; wrongOrganization: string; endingSoon: string };
  organizationName: (id: string | null | undefined) => string;
}

/** One row per holder (or one per empty seat): council, seat, role, organisation, required, holder, sits for, until, problems. */
export function staffingCsvRows(report: StaffingReport, x: StaffingCsvText): string[][] {
  const rows: string[][] = [x.header];
  for (const c of report.councils) {
    for (const s of c.seats) {
      const base = [c.council_name, s.label, x.role(s.role), x.organizationName(s.organization_id), s.required ? x.yes : x.no];
      if (s.holders.length === 0) {
        rows.push([...base, x.vacant, '', '', s.required ? x.problems.vacantRequired : '']);
        continue;
      }
      for (const h of s.holders) {
        const problems = [h.wrong_organization ? x.problems.wrongOrganization : null, h.ending_soon ? x.problems.endingSoon : null].filter(Boolean);
        rows.push([...base, h.person_name, x.organizationName(h.on_behalf_of_id), h.end_date ?? '', problems.join(', ')]);
      }
    }
  }
  return rows;
}
