/**
 * Writes to a term (membership) that more than one feature offers: the council page and the person
 * page both confirm terms. The council feature's own term writes (add, end) use the same effects.
 */
import type { Membership } from '@/api/types';
import { api } from './api-client';
import { useUpdateMutation, type WriteEffects } from './mutations';

/** What a write to one of a council's terms changes: the council's terms, the person's terms, the reports. */
export const membershipEffects = (councilId: string): WriteEffects<Membership> => ({
  invalidate: (m) => [['councils', 'memberships', councilId], ['people', 'memberships', m.person_id], ['reports']],
});

/**
 * Confirms a term (`PATCH … {"confirmed": true}` with If-Match of the version shown): offered when the
 * term's `allowed_actions` include `confirm` (coordinators and admins, on a term not confirmed yet).
 * `mutateAsync({ version, patch: { confirmed: true } })`.
 */
export const useConfirmMembership = (membership: Pick<Membership, 'council_id' | 'id'>) =>
  useUpdateMutation(
    (body: { confirmed: true }, header) =>
      api.PATCH('/api/v1/councils/{id}/memberships/{membership_id}', {
        params: { path: { id: membership.council_id, membership_id: membership.id }, header },
        body,
      }),
    membershipEffects(membership.council_id),
  );
