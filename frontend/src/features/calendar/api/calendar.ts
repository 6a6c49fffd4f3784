import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

/**
 * `POST /me/calendar-token`: a new address for the caller's personal feed; any earlier one stops
 * working. The address is in the response only: the page shows it once and keeps it nowhere else.
 */
export const useCreateCalendarToken = () =>
  useMutation({ mutationFn: async () => unwrap(await api.POST('/api/v1/me/calendar-token')) });

/** `DELETE /me/calendar-token`: the address stops working (none is not an error). */
export const useRevokeCalendarToken = () =>
  useMutation({ mutationFn: async () => unwrap(await api.DELETE('/api/v1/me/calendar-token')) });
