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
      { path: '*', element: <NotFound /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
