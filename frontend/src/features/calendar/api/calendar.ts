import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { isNotFoundError, unwrap } from '@/lib/problem';

const tokenKey = ['calendar-token'] as const;

/**
 * `GET /me/calendar-token`: whether the caller has a personal feed and since when (`{created_at}`),
 * or null when there is none (404). Never the address: that is shown once, when it is made.
 */
export const useCalendarTokenInfo = () =>
  useQuery({
    queryKey: tokenKey,
    queryFn: async () => {
      try {
        return unwrap(await api.GET('/api/v1/me/calendar-token'));
      } catch (err) {
        if (isNotFoundError(err)) return null;
        throw err;
      }
    },
  });

/**
 * `POST /me/calendar-token`: a new address for the caller's personal feed; any earlier one stops
 * working. The address is in the response only: the page shows it once and keeps it nowhere else.
 */
export const useCreateCalendarToken = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/me/calendar-token')),
    onSuccess: () => void qc.invalidateQueries({ queryKey: tokenKey }),
  });
};

/** `DELETE /me/calendar-token`: the address stops working (none is not an error). */
export const useRevokeCalendarToken = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/api/v1/me/calendar-token')),
    onSuccess: () => qc.setQueryData(tokenKey, null),
  });
};
