import type { ReactNode } from 'react';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { NotAvailablePage } from '@web/components/not-available-page';
import type { Permission } from '@web/graphql/generated/graphql';
import { hasPermission, ROLE_LABELS } from './permissions';
import { useViewer } from './viewer';

interface RequirePermissionProps {
  readonly permission: Permission;
  /** The page's name, as the menu shows it. */
  readonly page: string;
  /** Who may use it, in words: "analysts and publishers". */
  readonly whoMay: string;
  readonly children: ReactNode;
}

/**
 * A page whose actions need a permission: opened by someone without it (a bookmark, a shared link), it says so
 * in words instead of showing a form the API would refuse.
 */
export function RequirePermission({ permission, page, whoMay, children }: RequirePermissionProps) {
  const { data, error, loading, refetch } = useViewer();
  const viewer = data?.viewer;
  if (!viewer) {
    if (error) return <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return loading ? <LoadingState label="Opening the page…" /> : null;
  }
  if (!hasPermission(viewer, permission))
    return <NotAvailablePage page={page} whoMay={whoMay} roles={viewer.roles.map((role) => ROLE_LABELS[role])} />;
  return <>{children}</>;
}
