import type { Classification } from '../api/agenda';

/** What a document is, for people: a key under `documents.kinds`, from the media type its bytes were found to be. */
export type DocumentKind =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'webp'
  | 'word'
  | 'excel'
  | 'powerpoint'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'text'
  | 'csv'
  | 'markdown'
  | 'other';

const BY_MEDIA_TYPE: Record<string, DocumentKind> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'powerpoint',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

/** The kind by the media type (without parameters); plain text by its name's ending (.csv, .md). */
export function documentKind(mediaType: string, fileName: string): DocumentKind {
  const type = mediaType.split(';')[0].trim().toLowerCase();
  if (BY_MEDIA_TYPE[type]) return BY_MEDIA_TYPE[type];
  if (type.startsWith('text/')) {
    const name = fileName.toLowerCase();
    if (name.endsWith('.csv')) return 'csv';
    if (name.endsWith('.md')) return 'markdown';
    return 'text';
  }
  return 'other';
}

/** The file input's `accept` hint: the endings the API takes (it judges the bytes, not this). */
export const ACCEPTED_FILES = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,.txt,.csv,.md';

const RANK: Record<Classification, number> = { public: 0, internal: 1, restricted: 2 };

/** The stricter of two classifications (a document is never below its agenda item's). */
export const stricter = (a: Classification, b: Classification): Classification => (RANK[b] > RANK[a] ? b : a);
