import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { createBrowserRouter, Navigate, RouterProvider, useLocation } from 'react-router';
import { SessionProvider, useSession, useSessionQuery } from './auth/session.tsx';
import { AppLayout } from './components/app-layout.tsx';
import { COMMON } from './components/labels.ts';
import { NotFound } from './components/not-found.tsx';
import { QueryState } from './components/query-state.tsx';
import { AuditPage } from './pages/audit/audit-page.tsx';
import { CataloguePage } from './pages/awards/catalogue/catalogue-page.tsx';
import { CertificatePage } from './pages/awards/certificate/certificate-page.tsx';
import { HistoryPage } from './pages/awards/history/history-page.tsx';
import { StatisticsPage } from './pages/awards/statistics/statistics-page.tsx';
import { ConferencePage } from './pages/conference/conference-page.tsx';
import { ConferenceListPage } from './pages/conferences/conference-list-page.tsx';
import { LoginPage } from './pages/login/login-page.tsx';
import {
  NominationLinkRedirect,
  NominationsConferencePage,
  NominationsHomePage,
} from './pages/nominations/nominations-page.tsx';
import { ReferencePage } from './pages/reference/reference-page.tsx';
import { SettingsPage } from './pages/settings/settings-page.tsx';
import { TemplateEditorPage } from './pages/templates/template-editor-page.tsx';
import { TemplateListPage } from './pages/templates/template-list-page.tsx';
import { UnitsPage } from './pages/units/units-page.tsx';
import { UsersPage } from './pages/users/users-page.tsx';

/** Everything behind the login: the shell with the signed-in user, or a redirect to /login. */
function RequireSession() {
  const session = useSessionQuery();
  const location = useLocation();
  if (session.isPending) {
    return (
      <Center mih="100vh" role="status">
        <Loader />
        <VisuallyHidden>{COMMON.loading}</VisuallyHidden>
      </Center>
    );
  }
  if (session.error)
    return <QueryState isPending={false} error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <SessionProvider user={session.data.user}>
      <AppLayout />
    </SessionProvider>
  );
}

/** The first screen: a nominating unit's work is its nominations; everyone else starts at the unit tree. */
function HomeRedirect() {
  const { can } = useSession();
  const nominatorOnly = can('nomination.submit') && !can('conference.read');
  return <Navigate to={nominatorOnly ? '/nominations' : '/units'} replace />;
}

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <RequireSession />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'units', element: <UnitsPage /> },
      { path: 'units/:unitId', element: <UnitsPage /> },
      { path: 'conferences', element: <ConferenceListPage /> },
      { path: 'conferences/:conferenceId', element: <ConferencePage /> },
      { path: 'conferences/:conferenceId/nominations/:nominationId', element: <NominationLinkRedirect /> },
      { path: 'nominations', element: <NominationsHomePage /> },
      { path: 'nominations/:conferenceId', element: <NominationsConferencePage /> },
      { path: 'awards/history', element: <HistoryPage /> },
      { path: 'awards/statistics', element: <StatisticsPage /> },
      { path: 'awards/catalogue', element: <CataloguePage /> },
      { path: 'awards/certificate-template', element: <CertificatePage /> },
      { path: 'reference', element: <ReferencePage /> },
      { path: 'templates', element: <TemplateListPage /> },
      { path: 'templates/:templateId', element: <TemplateEditorPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
