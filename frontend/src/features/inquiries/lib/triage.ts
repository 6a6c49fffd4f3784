import type { Errors } from '@/components/ui/form';
import type { InquiryStatus } from '@/lib/inquiry-time';
import type { Inquiry, InquiryPatch } from '../api/inquiries';

/** The triage form's values: ids as '' for none. */
export interface TriageState {
  route_id: string;
  organization_id: string;
  assignee_person_id: string;
  status: InquiryStatus;
  duplicate_of_id: string;
}

export function triageState(i: Inquiry): TriageState {
  return {
    route_id: i.route_id ?? '',
    organization_id: i.organization_id ?? '',
    assignee_person_id: i.assignee_person_id ?? '',
    status: i.status,
    duplicate_of_id: i.duplicate_of_id ?? '',
  };
}

export type TriageResult = { patch: InquiryPatch } | { errors: Errors } | { unchanged: true };

/**
 * The PATCH for what the user changed, and nothing else: routing (`route_id`, `organization_id`) is
 * for coordinators and admins only, and sending it unchanged would still be refused (403), so a
 * handler who only moves the status never sends it. A new route brings its organisation (the API sets
 * it) unless another one is chosen too. `duplicate` needs the inquiry it repeats.
 */
export function triagePatch(i: Inquiry, s: TriageState, t: (key: string) => string): TriageResult {
  const before = triageState(i);
  const orNull = (v: string) => v || null;
  if (s.status === 'duplicate' && !s.duplicate_of_id) return { errors: { duplicate_of_id: t('inquiries.triage.duplicateRequired') } };
  if (s.status === 'duplicate' && s.duplicate_of_id === i.id) return { errors: { duplicate_of_id: t('inquiries.triage.duplicateSelf') } };
  const patch: InquiryPatch = {};
  if (s.route_id !== before.route_id) patch.route_id = orNull(s.route_id);
  if (s.organization_id !== before.organization_id) patch.organization_id = orNull(s.organization_id);
  if (s.assignee_person_id !== before.assignee_person_id) patch.assignee_person_id = orNull(s.assignee_person_id);
  if (s.status !== before.status) patch.status = s.status;
  if (s.status === 'duplicate' && (s.status !== before.status || s.duplicate_of_id !== before.duplicate_of_id)) {
    patch.status = 'duplicate';
    patch.duplicate_of_id = s.duplicate_of_id;
  }
  return Object.keys(patch).length === 0 ? { unchanged: true } : { patch };
}
