import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApolloLink } from '@apollo/client/link';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, throwError } from 'rxjs';
import type { BrowserSession } from '@web/auth/browser-session';

/**
 * Apollo Client over HTTP on the same origin. Each request carries the in-memory access token; a request the
 * server refuses as UNAUTHENTICATED (the token revoked or expired early) renews once and is sent again.
 */
export function createApolloClient(session: BrowserSession): ApolloClient {
  const withToken = new SetContextLink(async (previous) => {
    const token = await session.accessToken();
    return { headers: { ...(previous['headers'] as object), ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const renewOnce = new ErrorLink(({ error, operation, forward }) => {
    const refused =
      CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
    if (!refused || operation.getContext()['renewed'] === true) return;
    operation.setContext({ renewed: true });
    return from(session.recoverFromRejectedToken()).pipe(
      mergeMap((renewed) => (renewed ? forward(operation) : throwError(() => error))),
    );
  });
  return new ApolloClient({
    link: ApolloLink.from([renewOnce, withToken, new HttpLink({ uri: '/graphql', credentials: 'omit' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Lists are paged by the components themselves; bulletins are keyed by id.
        Query: { fields: { bulletins: { keyArgs: false, merge: false }, feedItems: { merge: false } } },
        Viewer: { keyFields: [] },
        // A recipient's verdict depends on the tier asked about: stored with each answer, never merged across tiers.
        RecipientOption: { keyFields: false },
        // A bulletin's lists and receipt report are values, not entities: a newer answer replaces them whole.
        Bulletin: {
          fields: { indicators: { merge: false }, revisions: { merge: false }, acknowledgements: { merge: false } },
        },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
