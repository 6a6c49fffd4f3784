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
      { path: '*', element: <NotFound /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
