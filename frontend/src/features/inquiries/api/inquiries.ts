/**
 * Inquiries (ärenden) for staff: the inbox, one inquiry, triage (PATCH with If-Match), notes and
 * replies, proposing one for a council's agenda, filing one as a partner, and the response-time report.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components, paths } from '@/api/schema';
import { api } from '@/lib/api-client';
import { downloadBlob, fileNameFromDisposition } from '@/lib/download';
import { useCreateMutation, useUpdateMutation, useVersionedMutation, type WriteEffects } from '@/lib/mutations';
import { unwrap } from '@/lib/problem';
import { inquiryQuery, listInquiries } from '@/lib/resources';
import { pageQuery, useFilteredList, useKeysetList, type ListFilters } from '@/components/list/useKeysetList';

type Schemas = components['schemas'];
export type Inquiry = Schemas['Inquiry'];
export type InquiryPatch = Schemas['InquiryPatch'];
export type NewInquiry = Schemas['NewInquiry'];
export type InquiryMessage = Schemas['InquiryMessage'];
export type NewInquiryMessage = Schemas['NewInquiryMessage'];
export type MessageKind = Schemas['MessageKind'];
export type Topic = Schemas['Topic'];
export type ContactRoute = Schemas['ContactRoute'];
export type ResponseTimeReport = Schemas['ResponseTimeReport'];
export type ResponseTimeRow = Schemas['ResponseTimeRow'];
export type Figures = Schemas['Figures'];
export type GroupBy = Schemas['GroupBy'];
type InquiryQuery = NonNullable<paths['/api/v1/inquiries']['get']['parameters']['query']>;

/** The inbox's request filters (`GET /inquiries`). */
export type InquiryFilters = ListFilters<Omit<InquiryQuery, 'route_id'>>;

export const useInquiries = (f: InquiryFilters) => useFilteredList('inquiries', listInquiries, f);
export const useInquiry = (id: string) => useQuery(inquiryQuery(id));

/**
 * An inquiry's writes: the answer becomes its page; the inbox, its messages and the reports refetch.
 * A reply changes the inquiry too (the first one stops the clock and raises its version), so a
 * message invalidates every `['inquiries', …]` key.
 */
const effects: WriteEffects<{ id: string }> = {
  detail: (saved) => inquiryQuery(saved.id).queryKey,
  invalidate: [['inquiries', 'list'], ['reports']],
};

export const useCreateInquiry = () =>
  useCreateMutation((body: NewInquiry, header) => api.POST('/api/v1/inquiries', { params: { header }, body }), effects);

export const useUpdateInquiry = (id: string) =>
  useUpdateMutation((body: InquiryPatch, header) => api.PATCH('/api/v1/inquiries/{id}', { params: { path: { id }, header }, body }), effects);

/** `:propose` with If-Match: the inquiry comes back with `agenda_item_id`; the meetings' agendas change. */
export const useProposeInquiry = (id: string) =>
  useVersionedMutation((header) => api.POST('/api/v1/inquiries/{id}:propose', { params: { path: { id }, header } }), {
    ...effects,
    invalidate: [['inquiries', 'list'], ['meetings']],
  });

const MESSAGES_PAGE = 100;

/** An inquiry's notes and replies, oldest first (internal notes only for those who handle it). */
export const useInquiryMessages = (id: string) =>
  useKeysetList(['inquiries', 'messages', id], async (cursor) =>
    unwrap(await api.GET('/api/v1/inquiries/{id}/messages', { params: { path: { id }, query: pageQuery(cursor, MESSAGES_PAGE) } })),
  );

export const useCreateInquiryMessage = (id: string) =>
  useCreateMutation(
    (body: NewInquiryMessage, header) => api.POST('/api/v1/inquiries/{id}/messages', { params: { path: { id }, header }, body }),
    { invalidate: [['inquiries'], ['reports']] },
  );

/** The contact routes for a topic: the triage form's choice of route (the API has no search by name). */
export const useRoutesForTopic = (topicId: string, enabled: boolean) =>
  useKeysetList(
    ['contact-routes', 'list', 'topic', topicId],
    async (cursor) => unwrap(await api.GET('/api/v1/contact-routes', { params: { query: { topic_id: topicId, ...pageQuery(cursor, 200) } } })),
    { enabled },
  );

/**
 * The inquiries an inquiry may repeat: the same topic in the same area, newest first (the API has no
 * search by reference). More on demand.
 */
export const useDuplicateCandidates = (inquiry: Inquiry, enabled: boolean) =>
  useKeysetList(
    ['inquiries', 'list', 'duplicates', inquiry.id],
    (cursor) => listInquiries({ topic_id: inquiry.topic_id, ...(inquiry.area_id ? { area_id: inquiry.area_id } : {}), ...pageQuery(cursor, 50) }),
    { enabled },
  );

/** The report's query: the period (days, inclusive) and the grouping. */
export interface ResponseTimeQuery {
  from: string | null;
  to: string | null;
  group_by: GroupBy;
}

const reportParams = (q: ResponseTimeQuery) => ({ group_by: q.group_by, ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) });

export const responseTimesQuery = (q: ResponseTimeQuery) =>
  queryOptions({
    queryKey: ['reports', 'response-times', q],
    // The operation answers JSON or CSV, so its type is both; without `Accept: text/csv` it is JSON.
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/response-times', { params: { query: reportParams(q) } })) as ResponseTimeReport,
  });

export const useResponseTimes = (q: ResponseTimeQuery) => useQuery(responseTimesQuery(q));

/** The same report as CSV (`Accept: text/csv`) with the bearer token, saved under `Content-Disposition`'s name. Resolves to that name. */
export async function downloadResponseTimesCsv(q: ResponseTimeQuery): Promise<string> {
  const result = await api.GET('/api/v1/reports/response-times', {
    params: { query: reportParams(q) },
    headers: { Accept: 'text/csv' },
    parseAs: 'blob',
  });
  const blob = unwrap(result);
  const name = fileNameFromDisposition(result.response.headers.get('Content-Disposition')) ?? `svarstider-${q.group_by}.csv`;
  downloadBlob(name, blob);
  return name;
}
