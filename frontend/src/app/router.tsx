import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { AppLayout } from './layout';
import { RequireAuth } from './require-auth';
import { NotFound } from './not-found';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { AreasPage } from '@/features/areas/components/AreasPage';
import { AreaDetailPage } from '@/features/areas/components/AreaDetailPage';
import { OrganizationsPage } from '@/features/organizations/components/OrganizationsPage';
import { OrganizationDetailPage } from '@/features/organizations/components/OrganizationDetailPage';
import { CreateOrganizationPage, EditOrganizationPage } from '@/features/organizations/components/OrganizationFormPages';
import { CouncilsPage } from '@/features/councils/components/CouncilsPage';
import { CouncilDetailPage } from '@/features/councils/components/CouncilDetailPage';
import { CreateCouncilPage, EditCouncilPage } from '@/features/councils/components/CouncilFormPages';
import { EndTermPage, NewMemberPage, NewSeatPage } from '@/features/councils/components/SeatAndMemberPages';
import { CoveragePage } from '@/features/reports/components/CoveragePage';
import { StaffingPage } from '@/features/reports/components/StaffingPage';
import { CreatePersonPage, EditPersonPage, PeoplePage, PersonDetailPage } from '@/features/people/components/PeoplePages';
import {
  AgreementDetailPage,
  AgreementsPage,
  CreateAgreementPage,
  EditAgreementPage,
} from '@/features/agreements/components/AgreementPages';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/areas" replace /> },
      { path: 'areas', element: <AreasPage /> },
      { path: 'areas/:id', element: <AreaDetailPage /> },
      { path: 'organizations', element: <OrganizationsPage /> },
      { path: 'organizations/new', element: <CreateOrganizationPage /> },
      { path: 'organizations/:id', element: <OrganizationDetailPage /> },
      { path: 'organizations/:id/edit', element: <EditOrganizationPage /> },
      { path: 'councils', element: <CouncilsPage /> },
      { path: 'councils/new', element: <CreateCouncilPage /> },
      { path: 'councils/:id', element: <CouncilDetailPage /> },
      { path: 'councils/:id/edit', element: <EditCouncilPage /> },
      { path: 'councils/:id/seats/new', element: <NewSeatPage /> },
      { path: 'councils/:id/members/new', element: <NewMemberPage /> },
      { path: 'councils/:id/memberships/:membershipId/end', element: <EndTermPage /> },
      { path: 'coverage', element: <CoveragePage /> },
      { path: 'staffing', element: <StaffingPage /> },
      { path: 'people', element: <PeoplePage /> },
      { path: 'people/new', element: <CreatePersonPage /> },
      { path: 'people/:id', element: <PersonDetailPage /> },
      { path: 'people/:id/edit', element: <EditPersonPage /> },
      { path: 'agreements', element: <AgreementsPage /> },
      { path: 'agreements/new', element: <CreateAgreementPage /> },
      { path: 'agreements/:id', element: <AgreementDetailPage /> },
      { path: 'agreements/:id/edit', element: <EditAgreementPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
