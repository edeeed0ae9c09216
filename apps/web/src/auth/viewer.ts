import { useQuery } from '@apollo/client/react';
import { graphql } from '@web/graphql/generated';

export const VIEWER = graphql(`
  query Viewer {
    viewer {
      kind
      clearance
      roles
      permissions
      user {
        id
        displayName
        email
      }
      organization {
        id
        name
        shortName
        kind
        jurisdiction
      }
    }
  }
`);

export function useViewer() {
  return useQuery(VIEWER, { fetchPolicy: 'cache-first' });
}
