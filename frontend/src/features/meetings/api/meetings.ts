import { useQuery } from '@tanstack/react-query';
import type { Cancellation, Meeting, MeetingMode, MeetingStatus, NewMeeting } from '@/api/types';
import { api } from '@/lib/api-client';
import { useCreateMutation, useUpdateMutation, type WriteEffects } from '@/lib/mutations';
import { councilQuery, listMeetings, meetingQuery } from '@/lib/resources';
import { useFilteredList, type KeysetListOptions } from '@/components/list/useKeysetList';

export const MEETING_STATUSES: MeetingStatus[] = ['planned', 'agenda_published', 'held', 'minutes_adjusted', 'cancelled'];
export const MEETING_MODES: MeetingMode[] = ['in_person', 'online', 'hybrid'];

/** The list's request filters (`GET /meetings`): `from` and `to` are dates in Stockholm, both inclusive. */
export interface MeetingFilters {
  council_id: string | null;
  from: string | null;
  to: string | null;
  status: MeetingStatus | null;
}

export const useMeetings = (f: MeetingFilters, options?: KeysetListOptions) => useFilteredList('meetings', listMeetings, f, options);

export const useMeeting = (id: string) => useQuery(meetingQuery(id));

/** The council of a create form opened from a council's page (`/meetings/new?council_id=…`), for its name. */
export const usePrefillCouncil = (id: string | null) => useQuery({ ...councilQuery(id ?? ''), enabled: !!id });

/**
 * A meeting's writes: the response becomes its page, the meeting lists refetch, and so does its
 * council (whose `next_meetings` come from its meetings).
 */
const effects: WriteEffects<Meeting> = {
  detail: (m) => meetingQuery(m.id).queryKey,
  invalidate: (m) => [['meetings', 'list'], ['combobox', 'meetings'], ['councils', 'detail', m.council_id]],
};

export const useCreateMeeting = () =>
  useCreateMutation((body: NewMeeting, header) => api.POST('/api/v1/meetings', { params: { header }, body }), effects);

/** Takes the form's whole meeting; a patch has no council (a meeting stays with its council) and no null mode. */
export const useUpdateMeeting = (id: string) =>
  useUpdateMutation(
    ({ council_id: _council, mode, ...body }: NewMeeting, header) =>
      api.PATCH('/api/v1/meetings/{id}', { params: { path: { id }, header }, body: { ...body, mode: mode ?? undefined } }),
    effects,
  );

/** `POST /meetings/{id}:cancel {reason}` with If-Match: `mutateAsync({ version, patch: { reason } })`. */
export const useCancelMeeting = (id: string) =>
  useUpdateMutation(
    (body: Cancellation, header) => api.POST('/api/v1/meetings/{id}:cancel', { params: { path: { id }, header }, body }),
    effects,
  );
