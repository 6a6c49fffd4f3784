/**
 * Shared reads: the detail and list queries that more than one feature needs (pickers, a list page's
 * `allowed_actions`, the council page's agreements, the staffing table, the names of a create form's
 * prefilled ids). Features own their writes (mutations) and
 * import the reads from here, so every page shares one cache entry per resource.
 */
import { queryOptions } from '@tanstack/react-query';
import type { components, paths } from '@/api/schema';
import type { CouncilKind } from '@/api/types';
import { api } from './api-client';
import { unwrap } from './problem';

type Schemas = components['schemas'];
type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type AreaQuery = Query<'/api/v1/areas'>;
export type OrganizationQuery = Query<'/api/v1/organizations'>;
export type CouncilQuery = Query<'/api/v1/councils'>;
export type PeopleQuery = Query<'/api/v1/people'>;
export type AgreementQuery = Query<'/api/v1/agreements'>;
export type MeetingQuery = Query<'/api/v1/meetings'>;
export type IndicatorQuery = Query<'/api/v1/indicators'>;
export type IndicatorValueQuery = Query<'/api/v1/indicator-values'>;
export type InitiativeQuery = Query<'/api/v1/initiatives'>;
export type SituationPictureQuery = Query<'/api/v1/situation-pictures'>;
export type ContactRouteQuery = Query<'/api/v1/contact-routes'>;
export type TopicQuery = Query<'/api/v1/topics'>;
export type ApiKeyQuery = Query<'/api/v1/api-keys'>;
export type InquiryQuery = Query<'/api/v1/inquiries'>;

export const listAreas = async (query: AreaQuery) => unwrap(await api.GET('/api/v1/areas', { params: { query } }));
export const listOrganizations = async (query: OrganizationQuery) =>
  unwrap(await api.GET('/api/v1/organizations', { params: { query } }));
export const listCouncils = async (query: CouncilQuery) => unwrap(await api.GET('/api/v1/councils', { params: { query } }));
export const listPeople = async (query: PeopleQuery) => unwrap(await api.GET('/api/v1/people', { params: { query } }));
export const listAgreements = async (query: AgreementQuery) =>
  unwrap(await api.GET('/api/v1/agreements', { params: { query } }));
export const listMeetings = async (query: MeetingQuery) => unwrap(await api.GET('/api/v1/meetings', { params: { query } }));
export const listIndicators = async (query: IndicatorQuery) => unwrap(await api.GET('/api/v1/indicators', { params: { query } }));
export const listIndicatorValues = async (query: IndicatorValueQuery) =>
  unwrap(await api.GET('/api/v1/indicator-values', { params: { query } }));
export const listInitiatives = async (query: InitiativeQuery) =>
  unwrap(await api.GET('/api/v1/initiatives', { params: { query } }));
export const listSituationPictures = async (query: SituationPictureQuery) =>
  unwrap(await api.GET('/api/v1/situation-pictures', { params: { query } }));

export const listContactRoutes = async (query: ContactRouteQuery) =>
  unwrap(await api.GET('/api/v1/contact-routes', { params: { query } }));
export const listTopics = async (query: TopicQuery) => unwrap(await api.GET('/api/v1/topics', { params: { query } }));
export const listApiKeys = async (query: ApiKeyQuery) => unwrap(await api.GET('/api/v1/api-keys', { params: { query } }));
export const listInquiries = async (query: InquiryQuery) => unwrap(await api.GET('/api/v1/inquiries', { params: { query } }));

export const getArea = async (id: string) => unwrap(await api.GET('/api/v1/areas/{id}', { params: { path: { id } } }));
export const getOrganization = async (id: string) =>
  unwrap(await api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }));
export const getCouncil = async (id: string) => unwrap(await api.GET('/api/v1/councils/{id}', { params: { path: { id } } }));
export const getPerson = async (id: string) => unwrap(await api.GET('/api/v1/people/{id}', { params: { path: { id } } }));
export const getAgreement = async (id: string) =>
  unwrap(await api.GET('/api/v1/agreements/{id}', { params: { path: { id } } }));
export const getMeeting = async (id: string) => unwrap(await api.GET('/api/v1/meetings/{id}', { params: { path: { id } } }));
export const getIndicator = async (id: string) =>
  unwrap(await api.GET('/api/v1/indicators/{id}', { params: { path: { id } } }));
export const getInitiative = async (id: string) =>
  unwrap(await api.GET('/api/v1/initiatives/{id}', { params: { path: { id } } }));
export const getSituationPicture = async (id: string) =>
  unwrap(await api.GET('/api/v1/situation-pictures/{id}', { params: { path: { id } } }));
export const getContactRoute = async (id: string) =>
  unwrap(await api.GET('/api/v1/contact-routes/{id}', { params: { path: { id } } }));
export const getTopic = async (id: string) => unwrap(await api.GET('/api/v1/topics/{id}', { params: { path: { id } } }));
export const getInquiry = async (id: string) => unwrap(await api.GET('/api/v1/inquiries/{id}', { params: { path: { id } } }));

/** Query keys: `[collection, 'detail', id]` and `[collection, 'list', …]`, so mutations can invalidate by prefix. */
export const areaQuery = (id: string) => queryOptions({ queryKey: ['areas', 'detail', id], queryFn: () => getArea(id) });
export const organizationQuery = (id: string) =>
  queryOptions({ queryKey: ['organizations', 'detail', id], queryFn: () => getOrganization(id) });
export const councilQuery = (id: string) => queryOptions({ queryKey: ['councils', 'detail', id], queryFn: () => getCouncil(id) });
export const personQuery = (id: string) => queryOptions({ queryKey: ['people', 'detail', id], queryFn: () => getPerson(id) });
export const agreementQuery = (id: string) =>
  queryOptions({ queryKey: ['agreements', 'detail', id], queryFn: () => getAgreement(id) });
export const meetingQuery = (id: string) => queryOptions({ queryKey: ['meetings', 'detail', id], queryFn: () => getMeeting(id) });
export const indicatorQuery = (id: string) =>
  queryOptions({ queryKey: ['indicators', 'detail', id], queryFn: () => getIndicator(id) });
export const initiativeQuery = (id: string) =>
  queryOptions({ queryKey: ['initiatives', 'detail', id], queryFn: () => getInitiative(id) });
export const situationPictureQuery = (id: string) =>
  queryOptions({ queryKey: ['situation-pictures', 'detail', id], queryFn: () => getSituationPicture(id) });
export const contactRouteQuery = (id: string) =>
  queryOptions({ queryKey: ['contact-routes', 'detail', id], queryFn: () => getContactRoute(id) });
export const topicQuery = (id: string) => queryOptions({ queryKey: ['topics', 'detail', id], queryFn: () => getTopic(id) });
export const inquiryQuery = (id: string) => queryOptions({ queryKey: ['inquiries', 'detail', id], queryFn: () => getInquiry(id) });

export const staffingQuery = (councilId: string | null, at: string) =>
  queryOptions({
    queryKey: ['reports', 'staffing', councilId, at],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/reports/staffing', {
          params: { query: { ...(councilId ? { council_id: councilId } : {}), ...(at ? { at } : {}) } },
        }),
      ),
    enabled: !at || /^\d{4}-\d{2}-\d{2}$/.test(at),
  });

export const coverageQuery = (at: string, kind: CouncilKind) =>
  queryOptions({
    queryKey: ['reports', 'coverage', at, kind],
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/coverage', { params: { query: { at, kind } } })),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(at),
  });

export type Collection =
  | 'areas'
  | 'organizations'
  | 'councils'
  | 'people'
  | 'agreements'
  | 'meetings'
  | 'indicators'
  | 'indicator-values'
  | 'initiatives'
  | 'situation-pictures'
  | 'contact-routes'
  | 'topics'
  | 'inquiries';
const FIRST_ITEM: Record<Collection, () => Promise<{ allowed_actions: Schemas['Action'][] }>> = {
  areas: () => listAreas({ limit: 1 }),
  organizations: () => listOrganizations({ limit: 1 }),
  councils: () => listCouncils({ limit: 1 }),
  people: () => listPeople({ limit: 1 }),
  agreements: () => listAgreements({ limit: 1 }),
  meetings: () => listMeetings({ limit: 1 }),
  indicators: () => listIndicators({ limit: 1 }),
  'indicator-values': () => listIndicatorValues({ limit: 1 }),
  initiatives: () => listInitiatives({ limit: 1 }),
  'situation-pictures': () => listSituationPictures({ limit: 1 }),
  'contact-routes': () => listContactRoutes({ limit: 1 }),
  topics: () => listTopics({ limit: 1 }),
  inquiries: () => listInquiries({ limit: 1 }),
};

/**
 * A collection's list page cut to one item, for its `allowed_actions` (may the caller `create`?) where
 * the list itself is not shown. Under `[collection, 'list', …]`, so a write's invalidation reaches it.
 */
export const collectionPageQuery = (collection: Collection) =>
  queryOptions({ queryKey: [collection, 'list', 'first-item'], queryFn: FIRST_ITEM[collection], staleTime: 5 * 60_000 });

/** The one central steering group (the default parent of a new local steering group), or null. */
export const centralSteeringGroupQuery = () =>
  queryOptions({
    queryKey: ['councils', 'list', 'central_steering_group'],
    queryFn: async () => (await listCouncils({ kind: 'central_steering_group', limit: 2 })).items[0] ?? null,
    staleTime: 10 * 60_000,
  });
