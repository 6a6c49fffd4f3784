import { useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, fileBody } from '@/lib/api-client';
import { downloadBlob, fileNameFromDisposition } from '@/lib/download';
import { useCreateMutation, useUpdateMutation, useVersionedMutation, type WriteEffects } from '@/lib/mutations';
import { unwrap } from '@/lib/problem';
import { pageQuery, useKeysetList } from '@/components/list/useKeysetList';

type Schemas = components['schemas'];
export type MeetingDocument = Schemas['Document'];
export type DocumentPage = Schemas['Page_Document'];
export type DocumentPatch = Schemas['DocumentPatch'];
export type Classification = Schemas['Classification'];

/** What an upload sends: the file as the body, the rest as the query (`file_name` from the file). */
export interface NewDocument {
  file: File;
  title?: string;
  classification: Classification;
  agenda_item_id?: string;
}

/** Under the meeting's detail key, so refreshing the meeting refreshes its documents too. */
export const documentsKey = (meetingId: string) => ['meetings', 'detail', meetingId, 'documents'] as const;

/** A meeting's documents fit a page of 100; more come with "Visa fler". */
const DOCUMENTS_PAGE = 100;

export const useDocuments = (meetingId: string) =>
  useKeysetList<MeetingDocument, DocumentPage>(documentsKey(meetingId), async (cursor) =>
    unwrap(await api.GET('/api/v1/meetings/{id}/documents', { params: { path: { id: meetingId }, query: pageQuery(cursor, DOCUMENTS_PAGE) } })),
  );

const effects = (meetingId: string): WriteEffects<unknown> => ({ invalidate: [documentsKey(meetingId)] });

/**
 * `POST /meetings/{id}/documents?file_name=…&title=…&classification=…&agenda_item_id=…` with the
 * file's bytes as the body (`fileBody`) and an `Idempotency-Key`: `mutateAsync({ file, … })`.
 */
export const useUploadDocument = (meetingId: string) =>
  useCreateMutation(
    ({ file, title, classification, agenda_item_id }: NewDocument, header) =>
      api.POST('/api/v1/meetings/{id}/documents', {
        params: {
          path: { id: meetingId },
          query: { file_name: file.name, classification, ...(title ? { title } : {}), ...(agenda_item_id ? { agenda_item_id } : {}) },
          header,
        },
        ...fileBody(file),
      }),
    effects(meetingId),
  );

/** Title and classification of one document: `mutateAsync({ version, patch: { id, title, classification } })`. */
export const useUpdateDocument = (meetingId: string) =>
  useUpdateMutation(
    ({ id, ...body }: DocumentPatch & { id: string }, header) =>
      api.PATCH('/api/v1/meetings/{id}/documents/{document_id}', { params: { path: { id: meetingId, document_id: id }, header }, body }),
    effects(meetingId),
  );

/** `DELETE` with If-Match (204): `mutateAsync({ version })`. */
export const useRemoveDocument = (meetingId: string, documentId: string) =>
  useVersionedMutation(
    (header) => api.DELETE('/api/v1/meetings/{id}/documents/{document_id}', { params: { path: { id: meetingId, document_id: documentId }, header } }),
    effects(meetingId),
  );

/**
 * Fetches a document's file with the bearer token (a plain link would go without it) and saves it
 * under the name `Content-Disposition` gives, else its `file_name`. Throws the API's error: 410
 * `document_removed` once someone has removed it, 404 when the caller may no longer read it.
 */
export async function downloadDocument(doc: MeetingDocument): Promise<void> {
  const result = await api.GET('/api/v1/meetings/{id}/documents/{document_id}/content', {
    params: { path: { id: doc.meeting_id, document_id: doc.id } },
    parseAs: 'blob',
  });
  const blob = unwrap(result);
  downloadBlob(fileNameFromDisposition(result.response.headers.get('Content-Disposition')) ?? doc.file_name, blob);
}

/** Refetches the documents (after a download found one gone). */
export function useRefreshDocuments(meetingId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: documentsKey(meetingId) });
}
