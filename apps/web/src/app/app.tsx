import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '@web/api/apollo-client';
import { BrowserSession } from '@web/auth/browser-session';
import { SessionProvider } from '@web/auth/session-context';
import { createRouter } from './routes';
import { cssVariables, theme } from './theme';

export function App() {
  const session = useMemo(() => new BrowserSession(), []);
  const apollo = useMemo(() => createApolloClient(session), [session]);
  const router = useMemo(() => createRouter(), []);

  useEffect(() => {
    // A reload keeps the reader signed in: the refresh cookie gives a new access token.
    void session.resume().catch(() => undefined);
    // Whoever signs out (here, another tab, or the server), nothing they could read stays in the cache.
    return session.subscribe(() => {
      if (session.status === 'signed-out') void apollo.clearStore();
    });
  }, [session, apollo]);

  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables} defaultColorScheme="light">
      <SessionProvider session={session}>
        <ApolloProvider client={apollo}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </SessionProvider>
    </MantineProvider>
  );
}
