import { Navigate, Outlet } from 'react-router';
import { administrationPages, ROLE_LABELS } from '@web/auth/permissions';
import { useViewer } from '@web/auth/viewer';
import { SectionTabs } from '@web/components/section-tabs';
import { NotAvailablePage } from '@web/components/not-available-page';

/**
 * The administration pages (people, keys, webhooks, e-mail, organizations, the audit trail) under one header
 * section, "Administration", and a row of tabs: the ones this viewer may open.
 */
export function AdministrationLayout() {
  const { data } = useViewer();
  const pages = administrationPages(data?.viewer);
  return (
    <>
      {pages.length > 0 && <SectionTabs label="Administration" tabs={pages} />}
      <Outlet />
    </>
  );
}

/** `/admin` itself: the first administration page this viewer may open. */
export function AdministrationIndex() {
  const { data } = useViewer();
  const viewer = data?.viewer;
  if (!viewer) return null;
  const [first] = administrationPages(viewer);
  if (!first)
    return (
      <NotAvailablePage
        page="Administration"
        whoMay="organization and platform administrators"
        roles={viewer.roles.map((role) => ROLE_LABELS[role])}
      />
    );
  return <Navigate to={first.to} replace />;
}
