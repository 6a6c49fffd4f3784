import { INQUIRY_SOURCES, INQUIRY_STATUSES, type InquirySource, type InquiryStatus } from '@/lib/inquiry-time';
import { oneOf } from '@/components/list/useUrlFilters';
import type { GroupBy, InquiryFilters, ResponseTimeQuery } from '../api/inquiries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (v: string | null) => (v && UUID.test(v) ? v : null);
const boolOrNull = (v: string | null) => (v === 'true' ? true : v === 'false' ? false : null);

/**
 * The inbox's filters from the URL (`?status=…&open=true&topic=…&area=…&organization=…&assignee=…
 * &breached=true&source=public`); invalid values are ignored.
 */
export function parseInquiryFilters(p: URLSearchParams): InquiryFilters {
  return {
    status: oneOf<InquiryStatus>(p.get('status'), INQUIRY_STATUSES),
    open: boolOrNull(p.get('open')),
    topic_id: uuidOrNull(p.get('topic')),
    area_id: uuidOrNull(p.get('area')),
    organization_id: uuidOrNull(p.get('organization')),
    assignee_person_id: uuidOrNull(p.get('assignee')),
    breached: boolOrNull(p.get('breached')),
    source: oneOf<InquirySource>(p.get('source'), INQUIRY_SOURCES),
  };
}

export const GROUPINGS = ['organization', 'route', 'area', 'topic'] as const satisfies readonly GroupBy[];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The response-time report's query from the URL (`?from=2026-01-01&to=2026-06-30&group_by=route`); default: the API's year up to today, by organisation. */
export function parseResponseTimeQuery(p: URLSearchParams): ResponseTimeQuery {
  const day = (v: string | null) => (v && DAY.test(v) ? v : null);
  return { from: day(p.get('from')), to: day(p.get('to')), group_by: oneOf<GroupBy>(p.get('group_by'), GROUPINGS) ?? 'organization' };
}
