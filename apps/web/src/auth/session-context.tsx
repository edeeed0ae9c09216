import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { BrowserSession, SessionStatus } from './browser-session';

const SessionContext = createContext<BrowserSession | null>(null);

export function SessionProvider({ session, children }: { session: BrowserSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): BrowserSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function useSessionStatus(): SessionStatus {
  const session = useSession();
  return useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.status,
  );
}
