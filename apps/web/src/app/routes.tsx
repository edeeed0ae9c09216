import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { STAFF_PAGES, type StaffPage } from '@web/auth/permissions';
import { RequirePermission } from '@web/auth/require-permission';
import { RequireSession } from '@web/auth/require-session';
import { SignInPage } from '@web/auth/sign-in-page';
import { NotFoundPage } from '@web/components/not-found-page';
import { AdministrationIndex, AdministrationLayout } from '@web/features/admin/administration-layout';
import { ApiKeysPage } from '@web/features/admin/api-keys-page';
import { MailAdminPage } from '@web/features/admin/mail-admin-page';
import { AuditPage } from '@web/features/admin/audit-page';
import { OrganizationsPage } from '@web/features/admin/organizations-page';
import { UsersPage } from '@web/features/admin/users-page';
import { WebhookDeliveriesPage } from '@web/features/admin/webhook-deliveries-page';
import { WebhooksPage } from '@web/features/admin/webhooks-page';
import { AccountSecurityPage } from '@web/features/account/account-security-page';
import { MyMailPage } from '@web/features/account/my-mail-page';
import { AcknowledgementsPage } from '@web/features/acknowledgements/acknowledgements-page';
import { AmendPage } from '@web/features/bulletin/amend-page';
import { BulletinPage } from '@web/features/bulletin/bulletin-page';
import { ComposePage } from '@web/features/compose/compose-page';
import { DraftsPage } from '@web/features/drafts/drafts-page';
import { FeedPage } from '@web/features/feed/feed-page';
import { IncidentPage } from '@web/features/incidents/incident-page';
import { MyReportsPage } from '@web/features/incidents/my-reports-page';
import { ReportIncidentPage } from '@web/features/incidents/report-incident-page';
import { TriageQueuePage } from '@web/features/incidents/triage-queue-page';
import { ReviewQueuePage } from '@web/features/review/review-queue-page';
import { SearchPage } from '@web/features/search/search-page';
import { AppLayout } from './app-layout';

function staffPage(to: string): StaffPage {
  const page = STAFF_PAGES.find((candidate) => candidate.to === to);
  if (!page) throw new Error(`no staff page at ${to}`);
  return page;
}

/** A page behind its permission: without it, "not available to your role" in words, never a blank page. */
function guarded(to: string, element: ReactNode, label?: string) {
  const page = staffPage(to);
  return (
    <RequirePermission permission={page.permission} page={label ?? page.label} whoMay={page.whoMay}>
      {element}
    </RequirePermission>
  );
}

export function createRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage /> },
    {
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      children: [
        { index: true, element: <FeedPage /> },
        { path: 'feeds/:feedId', element: <FeedPage /> },
        { path: 'bulletins/:id', element: <BulletinPage /> },
        // Both render the same editor, so a new draft's first save can move to its own address without a reload.
        { path: 'compose', element: guarded('/compose', <ComposePage />) },
        { path: 'bulletins/:id/edit', element: guarded('/compose', <ComposePage />, 'Edit draft') },
        { path: 'bulletins/:id/amend', element: guarded('/review', <AmendPage />, 'Amend a bulletin') },
        {
          path: 'bulletins/:id/acknowledgements',
          element: guarded('/review', <AcknowledgementsPage />, 'Acknowledgements'),
        },
        { path: 'drafts', element: guarded('/drafts', <DraftsPage />) },
        { path: 'review', element: guarded('/review', <ReviewQueuePage />) },
        { path: 'incidents/new', element: guarded('/incidents/new', <ReportIncidentPage />) },
        { path: 'incidents', element: guarded('/incidents', <MyReportsPage />) },
        { path: 'incidents/queue', element: guarded('/incidents/queue', <TriageQueuePage />) },
        // Read under the policy alone (R19): a report the viewer may not read is the not-found page, as a bulletin is.
        { path: 'incidents/:id', element: <IncidentPage /> },
        {
          path: 'admin',
          element: <AdministrationLayout />,
          children: [
            { index: true, element: <AdministrationIndex /> },
            { path: 'users', element: guarded('/admin/users', <UsersPage />) },
            { path: 'api-keys', element: guarded('/admin/api-keys', <ApiKeysPage />) },
            { path: 'webhooks', element: guarded('/admin/webhooks', <WebhooksPage />) },
            {
              path: 'webhooks/:webhookId',
              element: guarded('/admin/webhooks', <WebhookDeliveriesPage />, 'Webhook delivery log'),
            },
            { path: 'mail', element: guarded('/admin/mail', <MailAdminPage />) },
            { path: 'audit', element: guarded('/admin/audit', <AuditPage />) },
            { path: 'organizations', element: guarded('/admin/organizations', <OrganizationsPage />) },
          ],
        },
        { path: 'search', element: <SearchPage /> },
        { path: 'account/security', element: <AccountSecurityPage /> },
        { path: 'account/mail', element: <MyMailPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
