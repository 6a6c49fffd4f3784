import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { useCreateMutation, useUpdateMutation, type WriteEffects } from '@/lib/mutations';
import { unwrap } from '@/lib/problem';
import { pageQuery, useKeysetList } from '@/components/list/useKeysetList';

type Schemas = components['schemas'];
export type Attendance = Schemas['Attendance'];
export type AttendancePage = Schemas['Page_Attendance'];
export type NewAttendance = Schemas['NewAttendance'];
export type AttendancePatch = Schemas['AttendancePatch'];
export type Rsvp = Schemas['Rsvp'];
export type Presence = Schemas['Presence'];

/** The answers an invitee gives (`invited` is "no answer yet"). */
export const RSVP_ANSWERS: Exclude<Rsvp, 'invited'>[] = ['accepted', 'tentative', 'declined'];

/** Under the meeting's detail key, so refreshing the meeting (or publishing its agenda) refreshes it. */
export const attendanceKey = (meetingId: string) => ['meetings', 'detail', meetingId, 'attendance'] as const;

/** A council's invitees fit one page of 200; more (many guests) come with "Visa fler". */
const ATTENDANCE_PAGE = 200;

export const useAttendance = (meetingId: string) =>
  useKeysetList<Attendance, AttendancePage>(attendanceKey(meetingId), async (cursor) =>
    unwrap(await api.GET('/api/v1/meetings/{id}/attendance', { params: { path: { id: meetingId }, query: pageQuery(cursor, ATTENDANCE_PAGE) } })),
  );

const effects = (meetingId: string): WriteEffects<Attendance> => ({ invalidate: [attendanceKey(meetingId)] });

export const useCreateAttendance = (meetingId: string) =>
  useCreateMutation(
    (body: NewAttendance, header) => api.POST('/api/v1/meetings/{id}/attendance', { params: { path: { id: meetingId }, header }, body }),
    effects(meetingId),
  );

/** An answer, presence or deputy of one entry: `mutateAsync({ version, patch: { id, rsvp } })`. */
export const useUpdateAttendance = (meetingId: string) =>
  useUpdateMutation(
    ({ id, ...body }: AttendancePatch & { id: string }, header) =>
      api.PATCH('/api/v1/meetings/{id}/attendance/{attendance_id}', { params: { path: { id: meetingId, attendance_id: id }, header }, body }),
    effects(meetingId),
  );
