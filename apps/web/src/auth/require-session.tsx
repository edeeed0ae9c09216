import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadingState } from '@web/components/loading-state';
import { useSessionStatus } from './session-context';

/** Pages behind sign-in: until the session is known, a loading state; signed out, the sign-in page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const status = useSessionStatus();
  const location = useLocation();
  if (status === 'unknown') return <LoadingState label="Opening your session…" />;
  if (status === 'signed-out')
    return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <>{children}</>;
}
