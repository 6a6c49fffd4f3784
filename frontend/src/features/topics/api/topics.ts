import { useQuery } from '@tanstack/react-query';
import type { NewTopic, TopicPatch } from '@/api/types';
import { api } from '@/lib/api-client';
import { collectionEffects, useCreateMutation, useUpdateMutation } from '@/lib/mutations';
import { listTopics, topicQuery } from '@/lib/resources';
import { useFilteredList } from '@/components/list/useKeysetList';

export interface TopicFilters {
  is_public: boolean | null;
}

export const useTopics = (f: TopicFilters) => useFilteredList('topics', listTopics, f);

export const useTopic = (id: string) => useQuery(topicQuery(id));

/** A topic's writes: its lists and pickers refetch, and so do the routes (they show its name). */
const effects = collectionEffects('topics', topicQuery, ['contact-routes']);

export const useCreateTopic = () =>
  useCreateMutation((body: NewTopic, header) => api.POST('/api/v1/topics', { params: { header }, body }), effects);

/** Takes the form's whole topic; the code stays as it is (Open311 clients keep it), so it is not sent. */
export const useUpdateTopic = (id: string) =>
  useUpdateMutation(
    ({ code: _code, ...body }: NewTopic, header) => api.PATCH('/api/v1/topics/{id}', { params: { path: { id }, header }, body: body satisfies TopicPatch }),
    effects,
  );
