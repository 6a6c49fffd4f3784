import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { Loading } from '@/components/ui/Spinner';
import { AppLayout } from './layout';
import { RequireAuth } from './require-auth';
import { NotFound } from './not-found';

/**
 * Every page is its own chunk, loaded when its route is visited (the login page too): the first
 * page needs only the app shell. `scripts/bundle-budget.mjs` checks that shell's size after each
 * build. A route module exports its page component by name; `page()` turns it into a lazy route.
 */
function page<M>(load: () => Promise<M>, name: keyof M): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load())[name] as React.ComponentType }) };
}

export const routes: RouteObject[] = [
  { path: '/login', ...page(() => import('@/features/auth/components/LoginPage'), 'LoginPage') },
  // The public pages: no login (docs/frontend.md, "Public pages"). The public calendar feeds link to /offentligt/moten/{id}.
  {
    path: '/offentligt',
    ...page(() => import('./public-layout'), 'PublicLayout'),
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, element: <Navigate to="moten" replace /> },
      { path: 'moten', ...page(() => import('@/features/public/components/PublicMeetingsPage'), 'PublicMeetingsPage') },
      { path: 'moten/:id', ...page(() => import('@/features/public/components/PublicMeetingPage'), 'PublicMeetingPage') },
      { path: 'moten/:id/protokoll', ...page(() => import('@/features/public/components/PublicMinutesPage'), 'PublicMinutesPage') },
      { path: 'rad', ...page(() => import('@/features/public/components/PublicCouncilsPage'), 'PublicCouncilsPage') },
      { path: 'medborgarloften', ...page(() => import('@/features/public/components/PublicCitizenPromisesPage'), 'PublicCitizenPromisesPage') },
      { path: 'kontakt', ...page(() => import('@/features/public/components/PublicContactPage'), 'PublicContactPage') },
      { path: 'arende', ...page(() => import('@/features/public/components/PublicInquiryFormPage'), 'PublicInquiryFormPage') },
      { path: 'arende/folj', ...page(() => import('@/features/public/components/PublicInquiryStatusPage'), 'PublicInquiryLookupPage') },
      { path: 'arende/:reference', ...page(() => import('@/features/public/components/PublicInquiryStatusPage'), 'PublicInquiryStatusPage') },
      { path: 'ansvar', ...page(() => import('@/features/public/components/PublicAccountabilityPage'), 'PublicAccountabilityPage') },
      { path: '*', ...page(() => import('@/features/public/components/PublicNotFound'), 'PublicNotFound') },
    ],
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, ...page(() => import('@/features/overview/components/OverviewPage'), 'OverviewPage') },
      { path: 'areas', ...page(() => import('@/features/areas/components/AreasPage'), 'AreasPage') },
      { path: 'areas/:id', ...page(() => import('@/features/areas/components/AreaDetailPage'), 'AreaDetailPage') },
      { path: 'organizations', ...page(() => import('@/features/organizations/components/OrganizationsPage'), 'OrganizationsPage') },
      { path: 'organizations/new', ...page(() => import('@/features/organizations/components/CreateOrganizationPage'), 'CreateOrganizationPage') },
      { path: 'organizations/:id', ...page(() => import('@/features/organizations/components/OrganizationDetailPage'), 'OrganizationDetailPage') },
      { path: 'organizations/:id/edit', ...page(() => import('@/features/organizations/components/EditOrganizationPage'), 'EditOrganizationPage') },
      { path: 'councils', ...page(() => import('@/features/councils/components/CouncilsPage'), 'CouncilsPage') },
      { path: 'councils/new', ...page(() => import('@/features/councils/components/CreateCouncilPage'), 'CreateCouncilPage') },
      { path: 'councils/:id', ...page(() => import('@/features/councils/components/CouncilDetailPage'), 'CouncilDetailPage') },
      { path: 'councils/:id/edit', ...page(() => import('@/features/councils/components/EditCouncilPage'), 'EditCouncilPage') },
      { path: 'councils/:id/seats/new', ...page(() => import('@/features/councils/components/NewSeatPage'), 'NewSeatPage') },
      { path: 'councils/:id/seats/:seatId/edit', ...page(() => import('@/features/councils/components/EditSeatPage'), 'EditSeatPage') },
      { path: 'councils/:id/members/new', ...page(() => import('@/features/councils/components/NewMemberPage'), 'NewMemberPage') },
      { path: 'councils/:id/memberships/:membershipId/end', ...page(() => import('@/features/councils/components/EndTermPage'), 'EndTermPage') },
      { path: 'meetings', ...page(() => import('@/features/meetings/components/MeetingsPage'), 'MeetingsPage') },
      { path: 'meetings/new', ...page(() => import('@/features/meetings/components/CreateMeetingPage'), 'CreateMeetingPage') },
      { path: 'meetings/:id', ...page(() => import('@/features/meetings/components/MeetingDetailPage'), 'MeetingDetailPage') },
      { path: 'meetings/:id/edit', ...page(() => import('@/features/meetings/components/EditMeetingPage'), 'EditMeetingPage') },
      { path: 'meetings/:id/minutes', ...page(() => import('@/features/meetings/components/MinutesPage'), 'MinutesPage') },
      { path: 'meetings/:id/protocol', ...page(() => import('@/features/meetings/components/ProtocolPage'), 'ProtocolPage') },
      { path: 'indicators', ...page(() => import('@/features/indicators/components/IndicatorsPage'), 'IndicatorsPage') },
      { path: 'indicators/new', ...page(() => import('@/features/indicators/components/CreateIndicatorPage'), 'CreateIndicatorPage') },
      { path: 'indicators/import', ...page(() => import('@/features/indicators/components/ImportIndicatorValuesPage'), 'ImportIndicatorValuesPage') },
      { path: 'indicators/:id', ...page(() => import('@/features/indicators/components/IndicatorDetailPage'), 'IndicatorDetailPage') },
      { path: 'indicators/:id/edit', ...page(() => import('@/features/indicators/components/EditIndicatorPage'), 'EditIndicatorPage') },
      { path: 'initiatives', ...page(() => import('@/features/initiatives/components/InitiativesPage'), 'InitiativesPage') },
      { path: 'initiatives/new', ...page(() => import('@/features/initiatives/components/CreateInitiativePage'), 'CreateInitiativePage') },
      { path: 'initiatives/:id', ...page(() => import('@/features/initiatives/components/InitiativeDetailPage'), 'InitiativeDetailPage') },
      { path: 'initiatives/:id/edit', ...page(() => import('@/features/initiatives/components/EditInitiativePage'), 'EditInitiativePage') },
      { path: 'follow-up', ...page(() => import('@/features/follow-up/components/FollowUpPage'), 'FollowUpPage') },
      { path: 'situation-pictures', ...page(() => import('@/features/situation-pictures/components/SituationPicturesPage'), 'SituationPicturesPage') },
      { path: 'situation-pictures/new', ...page(() => import('@/features/situation-pictures/components/CreateSituationPicturePage'), 'CreateSituationPicturePage') },
      { path: 'situation-pictures/:id', ...page(() => import('@/features/situation-pictures/components/SituationPictureDetailPage'), 'SituationPictureDetailPage') },
      { path: 'situation-pictures/:id/edit', ...page(() => import('@/features/situation-pictures/components/EditSituationPicturePage'), 'EditSituationPicturePage') },
      { path: 'arenden', ...page(() => import('@/features/inquiries/components/InquiriesPage'), 'InquiriesPage') },
      { path: 'arenden/nytt', ...page(() => import('@/features/inquiries/components/CreateInquiryPage'), 'CreateInquiryPage') },
      { path: 'arenden/:id', ...page(() => import('@/features/inquiries/components/InquiryDetailPage'), 'InquiryDetailPage') },
      { path: 'rapporter/svarstider', ...page(() => import('@/features/inquiries/components/ResponseTimesPage'), 'ResponseTimesPage') },
      { path: 'action-items', ...page(() => import('@/features/action-items/components/ActionItemsPage'), 'ActionItemsPage') },
      { path: 'calendar', ...page(() => import('@/features/calendar/components/MyCalendarPage'), 'MyCalendarPage') },
      { path: 'coverage', ...page(() => import('@/features/reports/components/CoveragePage'), 'CoveragePage') },
      { path: 'staffing', ...page(() => import('@/features/reports/components/StaffingPage'), 'StaffingPage') },
      { path: 'people', ...page(() => import('@/features/people/components/PeoplePage'), 'PeoplePage') },
      { path: 'people/new', ...page(() => import('@/features/people/components/CreatePersonPage'), 'CreatePersonPage') },
      { path: 'people/:id', ...page(() => import('@/features/people/components/PersonDetailPage'), 'PersonDetailPage') },
      { path: 'people/:id/edit', ...page(() => import('@/features/people/components/EditPersonPage'), 'EditPersonPage') },
      { path: 'agreements', ...page(() => import('@/features/agreements/components/AgreementsPage'), 'AgreementsPage') },
      { path: 'agreements/new', ...page(() => import('@/features/agreements/components/CreateAgreementPage'), 'CreateAgreementPage') },
      { path: 'agreements/:id', ...page(() => import('@/features/agreements/components/AgreementDetailPage'), 'AgreementDetailPage') },
      { path: 'agreements/:id/edit', ...page(() => import('@/features/agreements/components/EditAgreementPage'), 'EditAgreementPage') },
      { path: 'kontaktvagar', ...page(() => import('@/features/contact-routes/components/ContactRoutesPage'), 'ContactRoutesPage') },
      { path: 'kontaktvagar/sok', ...page(() => import('@/features/contact-routes/components/ContactDirectoryPage'), 'ContactDirectoryPage') },
      { path: 'kontaktvagar/ny', ...page(() => import('@/features/contact-routes/components/CreateContactRoutePage'), 'CreateContactRoutePage') },
      { path: 'kontaktvagar/:id', ...page(() => import('@/features/contact-routes/components/ContactRouteDetailPage'), 'ContactRouteDetailPage') },
      { path: 'kontaktvagar/:id/redigera', ...page(() => import('@/features/contact-routes/components/EditContactRoutePage'), 'EditContactRoutePage') },
      { path: 'amnen', ...page(() => import('@/features/topics/components/TopicsPage'), 'TopicsPage') },
      { path: 'amnen/ny', ...page(() => import('@/features/topics/components/CreateTopicPage'), 'CreateTopicPage') },
      { path: 'amnen/:id/redigera', ...page(() => import('@/features/topics/components/EditTopicPage'), 'EditTopicPage') },
      { path: 'api-nycklar', ...page(() => import('@/features/api-keys/components/ApiKeysPage'), 'ApiKeysPage') },
      { path: '*', element: <NotFound /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
