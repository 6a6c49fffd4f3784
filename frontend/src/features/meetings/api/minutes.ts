/**
 * The minutes of a meeting (protokoll) and their adjusting (justering): the reads the minutes pages
 * need and the writes, each with If-Match (`lib/mutations.ts`).
 *
 * - `PATCH /minutes` (övrigt, adjusters, due date), `:submit`, `:approve`, `:comment` and
 *   `/corrections` answer the whole minutes: the response becomes the minutes query.
 * - `PATCH /minutes/paragraphs/{item}` and `:adjust` answer one paragraph, with its own version: it is
 *   put into the cached minutes in place (`mergeParagraph`), so a form comparing its values with the
 *   minutes sees at once what is saved.
 * - Approving may adjust the minutes and change the meeting's status: the meeting and the meeting
 *   lists refetch after every write to the minutes.
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { Membership } from '@/api/types';
import { api } from '@/lib/api-client';
import { useUpdateMutation, useVersionedMutation, type WriteEffects } from '@/lib/mutations';
import { unwrap } from '@/lib/problem';
import { everyPage, pageQuery } from '@/components/list/useKeysetList';

type Schemas = components['schemas'];
export type Minutes = Schemas['Minutes'];
export type MinutesStatus = Schemas['MinutesStatus'];
export type MinutesPatch = Schemas['MinutesPatch'];
export type MinutesComment = Schemas['MinutesComment'];
export type Paragraph = Schemas['Paragraph'];
export type ParagraphPatch = Schemas['ParagraphPatch'];
export type ItemResult = Schemas['ItemResult'];
export type Adjuster = Schemas['Adjuster'];
export type Review = Schemas['Review'];
export type Correction = Schemas['Correction'];
export type NewCorrection = Schemas['NewCorrection'];
export type Attendance = Schemas['Attendance'];
export type Classification = Schemas['Classification'];

export const ITEM_RESULTS: ItemResult[] = ['decided', 'noted', 'postponed', 'referred'];

/** Under `['meetings', …]` so a write to a meeting's minutes and to the meeting meet in one prefix. */
export const minutesQuery = (meetingId: string) =>
  queryOptions({
    queryKey: ['meetings', 'minutes', meetingId],
    queryFn: async () => unwrap(await api.GET('/api/v1/meetings/{id}/minutes', { params: { path: { id: meetingId } } })),
  });

export const useMinutes = (meetingId: string) => useQuery(minutesQuery(meetingId));

/**
 * A meeting's whole attendance list (invitees, deputies, guests): the adjusters are chosen among
 * those who attended, and the protocol lists them. One meeting's list is short; every page is read.
 */
export const attendanceQuery = (meetingId: string) =>
  queryOptions({
    queryKey: ['meetings', 'minutes-attendance', meetingId],
    queryFn: (): Promise<Attendance[]> =>
      everyPage(async (cursor) =>
        unwrap(await api.GET('/api/v1/meetings/{id}/attendance', { params: { path: { id: meetingId }, query: pageQuery(cursor, 200) } })),
      ),
  });

export const useAttendance = (meetingId: string, enabled = true) => useQuery({ ...attendanceQuery(meetingId), enabled });

/**
 * A council's terms, for the protocol: the organisation each attendee sits for and who is secretary.
 * The attendance entries carry the term's id but not its organisation (a gap in the API); a council
 * has a few dozen terms at most, so every page is read. Its own key: the council page's term list is an
 * infinite query under `['councils', 'memberships', id]`.
 */
export const councilTermsQuery = (councilId: string) =>
  queryOptions({
    queryKey: ['meetings', 'minutes-terms', councilId],
    queryFn: (): Promise<Membership[]> =>
      everyPage(async (cursor) =>
        unwrap(await api.GET('/api/v1/councils/{id}/memberships', { params: { path: { id: councilId }, query: pageQuery(cursor, 200) } })),
      ),
  });

export const useCouncilTerms = (councilId: string | undefined) =>
  useQuery({ ...councilTermsQuery(councilId ?? ''), enabled: !!councilId });

/** A write answering the whole minutes: it becomes the minutes query; the meeting and its lists refetch. */
const minutesEffects: WriteEffects<Minutes> = {
  detail: (m) => minutesQuery(m.meeting_id).queryKey,
  invalidate: (m) => [['meetings', 'detail', m.meeting_id], ['meetings', 'list']],
};

/** Puts a saved paragraph into the cached minutes, in place. */
export function mergeParagraph(qc: QueryClient, meetingId: string, saved: Paragraph) {
  qc.setQueryData(minutesQuery(meetingId).queryKey, (m) =>
    m ? { ...m, paragraphs: m.paragraphs.map((p) => (p.id === saved.id ? saved : p)) } : m,
  );
}

/** `PATCH /minutes`: övrigt, adjusters, due date. `mutateAsync({ version, patch })`. */
export const useUpdateMinutes = (meetingId: string) =>
  useUpdateMutation(
    (body: MinutesPatch, header) => api.PATCH('/api/v1/meetings/{id}/minutes', { params: { path: { id: meetingId }, header }, body }),
    minutesEffects,
  );

/** What a paragraph write takes: the agenda item and the fields to change. */
export interface ParagraphWrite {
  itemId: string;
  body: ParagraphPatch;
}

/**
 * `PATCH /minutes/paragraphs/{item}` with the paragraph's own version: `mutateAsync({ version, patch:
 * { itemId, body } })`. The saved paragraph replaces its old self in the cached minutes.
 */
export function useUpdateParagraph(meetingId: string) {
  const qc = useQueryClient();
  return useUpdateMutation(
    async ({ itemId, body }: ParagraphWrite, header) => {
      const sent = await api.PATCH('/api/v1/meetings/{id}/minutes/paragraphs/{item_id}', {
        params: { path: { id: meetingId, item_id: itemId }, header },
        body,
      });
      if (sent.data) mergeParagraph(qc, meetingId, sent.data);
      return sent;
    },
    { invalidate: [] },
  );
}

/** `POST /minutes/paragraphs/{item}:adjust` (omedelbar justering): `mutateAsync({ version, patch: itemId })`. */
export function useAdjustParagraph(meetingId: string) {
  const qc = useQueryClient();
  return useUpdateMutation(
    async (itemId: string, header) => {
      const sent = await api.POST('/api/v1/meetings/{id}/minutes/paragraphs/{item_id}:adjust', {
        params: { path: { id: meetingId, item_id: itemId }, header },
      });
      if (sent.data) mergeParagraph(qc, meetingId, sent.data);
      return sent;
    },
    { invalidate: [] },
  );
}

/** `POST /minutes:submit`: the draft goes to the adjusters as the next revision. `mutateAsync({ version })`. */
export const useSubmitMinutes = (meetingId: string) =>
  useVersionedMutation((header) => api.POST('/api/v1/meetings/{id}/minutes:submit', { params: { path: { id: meetingId }, header } }), minutesEffects);

/** `POST /minutes:approve` (an adjuster). `mutateAsync({ version })`. */
export const useApproveMinutes = (meetingId: string) =>
  useVersionedMutation((header) => api.POST('/api/v1/meetings/{id}/minutes:approve', { params: { path: { id: meetingId }, header } }), minutesEffects);

/** `POST /minutes:comment` (an adjuster): back to the secretary. `mutateAsync({ version, patch: { comment, agenda_item_id } })`. */
export const useCommentMinutes = (meetingId: string) =>
  useUpdateMutation(
    (body: MinutesComment, header) => api.POST('/api/v1/meetings/{id}/minutes:comment', { params: { path: { id: meetingId }, header }, body }),
    minutesEffects,
  );

/** `POST /minutes/corrections` on adjusted minutes, If-Match of the minutes. `mutateAsync({ version, patch: { text, agenda_item_id } })`. */
export const useCorrectMinutes = (meetingId: string) =>
  useUpdateMutation(
    (body: NewCorrection, header) => api.POST('/api/v1/meetings/{id}/minutes/corrections', { params: { path: { id: meetingId }, header }, body }),
    minutesEffects,
  );
