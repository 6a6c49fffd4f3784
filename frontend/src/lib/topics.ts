/**
 * Topics (the managed list of what a contact route or an inquiry is about) as the UI names them:
 * in the UI language (`name_en` in English), by id from the shared list, else from a resource's
 * `names` (which carry the Swedish name).
 */
import { useTranslation } from 'react-i18next';
import type { Topic } from '@/api/types';
import { listTopics } from '@/lib/resources';
import { pageQuery, useKeysetList } from '@/components/list/useKeysetList';

/** A topic's name in the UI language (`name_en` in English). */
export function topicLabel(topic: Pick<Topic, 'name_sv' | 'name_en'>, lang: string): string {
  return lang.startsWith('en') ? topic.name_en : topic.name_sv;
}

/** The topics (a small managed list, by code): 200 at a time, more on demand, never capped. */
export const useTopicOptions = () => useKeysetList<Topic>(['topics', 'list', 'options'], (cursor) => listTopics(pageQuery(cursor, 200)));

/** A topic's name by id in the UI language: from the topics (a shared cache), else from `names`. */
export function useTopicName() {
  const { t, i18n } = useTranslation();
  const topics = useTopicOptions();
  const byId = new Map((topics.data?.pages.flatMap((p) => p.items) ?? []).map((tp) => [tp.id, tp]));
  return (id: string, names?: Readonly<Record<string, string>>) => {
    const topic = byId.get(id);
    if (topic) return topicLabel(topic, i18n.language);
    return names?.[id] ?? t('common.nameMissing');
  };
}
