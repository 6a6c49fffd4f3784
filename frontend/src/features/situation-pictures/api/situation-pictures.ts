import { useQuery, type QueryKey } from '@tanstack/react-query';
import type { Classification, NewSituationPicture, SituationPicture, SituationPicturePatch, SituationStatus } from '@/api/types';
import { api } from '@/lib/api-client';
import type { Option } from '@/lib/options';
import { collectionEffects, useCreateMutation, useUpdateMutation, useVersionedMutation } from '@/lib/mutations';
import { unwrap } from '@/lib/problem';
import { listCouncils, listSituationPictures, situationPictureQuery, type SituationPictureQuery } from '@/lib/resources';
import { pageQuery, useFilteredList, useKeysetList, type ListFilters } from '@/components/list/useKeysetList';

export const SITUATION_STATUSES: SituationStatus[] = ['draft', 'adopted'];
export const CLASSIFICATIONS: Classification[] = ['public', 'internal', 'restricted'];
/** The three parts the law asks for, in its order. */
export const SITUATION_PARTS = ['crime_mapping', 'other_information', 'analysis'] as const;
export type SituationPart = (typeof SITUATION_PARTS)[number];
export const PRIORITIES = ['1', '2', '3', '4', '5'] as const;
/** The most problems a picture holds (the API's `maxItems`). */
export const MAX_PROBLEMS = 50;

export type SituationPictureFilters = Pick<ListFilters<SituationPictureQuery>, 'area_id' | 'status' | 'year'>;

export const useSituationPictures = (f: SituationPictureFilters) => useFilteredList('situation-pictures', listSituationPictures, f);

export const useSituationPicture = (id: string, enabled = true) => useQuery({ ...situationPictureQuery(id), enabled });

/** A write changes the list, the picture and the follow-up report (under `['reports']`). */
const effects = collectionEffects('situation-pictures', situationPictureQuery, ['reports']);

/** The version a picture revises: a new version (or its removal) changes its `replaced_by_id` and `allowed_actions`. */
const revisedKeys = (picture: { replaces_id?: string | null }): QueryKey[] => (picture.replaces_id ? [situationPictureQuery(picture.replaces_id).queryKey] : []);

export const useCreateSituationPicture = () =>
  useCreateMutation((body: NewSituationPicture, header) => api.POST('/api/v1/situation-pictures', { params: { header }, body }), {
    detail: (saved) => situationPictureQuery(saved.id).queryKey,
    invalidate: (saved: SituationPicture) => [['situation-pictures', 'list'], ['combobox', 'situation-pictures'], ['reports'], ...revisedKeys(saved)],
  });

/**
 * Takes the form's whole body (`NewSituationPicture`) and sends it as a patch: area, council and the
 * version revised are set when a picture is created and cannot change. A part the caller may not
 * read is not in the body at all (the form leaves it out), so it stays as it is.
 */
export const useUpdateSituationPicture = (id: string) =>
  useUpdateMutation((body: SituationBody, header) => api.PATCH('/api/v1/situation-pictures/{id}', { params: { path: { id }, header }, body: toPatch(body) }), effects);

/** The patch of a form's body: all but what is fixed at creation (area, council, the version revised). */
export function toPatch({ area_id: _area, council_id: _council, replaces_id: _replaces, ...patch }: SituationBody): SituationPicturePatch {
  return patch;
}

/** What the form sends: a new picture's fields, a classification never null (the form always has one). */
export type SituationBody = Omit<NewSituationPicture, `${SituationPart}_classification`> &
  Partial<Record<`${SituationPart}_classification`, Classification>>;

/** `POST /situation-pictures/{id}:adopt` with If-Match: locks the draft; the answer becomes the picture shown. */
export const useAdoptSituationPicture = (id: string) =>
  useVersionedMutation((header) => api.POST('/api/v1/situation-pictures/{id}:adopt', { params: { path: { id }, header } }), effects);

/** `DELETE` with If-Match (204), drafts only. */
export const useDeleteSituationPicture = (picture: SituationPicture) =>
  useVersionedMutation((header) => api.DELETE('/api/v1/situation-pictures/{id}', { params: { path: { id: picture.id }, header } }), {
    invalidate: [['situation-pictures', 'list'], ['reports'], ...revisedKeys(picture)],
  });

/**
 * The initiatives of an area, for the problems' initiative picker: keyset pages under
 * `['initiatives', 'list', …]` (so a write to initiatives refreshes it), "Visa fler" for more.
 */
export const useAreaInitiatives = (areaId: string) =>
  useKeysetList(
    ['initiatives', 'list', { area_id: areaId }],
    async (cursor) => unwrap(await api.GET('/api/v1/initiatives', { params: { query: { area_id: areaId, ...pageQuery(cursor) } } })),
    { enabled: !!areaId },
  );

/** Councils by name, those of `areaId` when one is chosen (the council that draws up the picture). */
export async function searchCouncilsOf(q: string, areaId: string): Promise<Option[]> {
  return (await listCouncils({ ...(q ? { q } : {}), ...(areaId ? { area_id: areaId } : {}), limit: 20 })).items.map((c) => ({ id: c.id, label: c.name }));
}
