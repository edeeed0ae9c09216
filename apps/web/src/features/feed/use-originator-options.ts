import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '@web/graphql/generated';

const FEED_ORIGINATOR_OPTIONS = graphql(`
  query FeedOriginatorOptions {
    federal: organizations(first: 100, filter: { kind: FEDERAL }) {
      edges {
        node {
          id
          name
          shortName
        }
      }
    }
    isacs: organizations(first: 100, filter: { kind: ISAC }) {
      edges {
        node {
          id
          name
          shortName
        }
      }
    }
    states: organizations(first: 100, filter: { kind: STATE }) {
      edges {
        node {
          id
          name
          shortName
        }
      }
    }
  }
`);

export interface OriginatorGroup {
  readonly group: string;
  readonly items: readonly { readonly value: string; readonly label: string }[];
}

/**
 * The organizations that publish most bulletins, for the "From" filter: federal agencies, information sharing
 * centers and state election offices. Kept simple: a county that publishes is found by its bulletins, not here.
 */
export function useOriginatorOptions() {
  const { data, error, loading } = useQuery(FEED_ORIGINATOR_OPTIONS, { fetchPolicy: 'cache-first' });
  return useMemo(() => {
    const groups: OriginatorGroup[] = [];
    const names = new Map<string, string>();
    const add = (group: string, edges: readonly { node: { id: string; name: string; shortName: string } }[]) => {
      if (edges.length === 0) return;
      groups.push({
        group,
        items: edges.map(({ node }) => {
          names.set(node.id, node.shortName);
          return { value: node.id, label: `${node.shortName} — ${node.name}` };
        }),
      });
    };
    add('Federal agencies', data?.federal.edges ?? []);
    add('Information sharing centers', data?.isacs.edges ?? []);
    add('State election offices', data?.states.edges ?? []);
    return { groups, nameOf: (id: string) => names.get(id) ?? null, error, loading };
  }, [data, error, loading]);
}
