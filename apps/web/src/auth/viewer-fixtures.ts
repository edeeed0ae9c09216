import type { MockLink } from '@apollo/client/testing';
import type { Permission, Role, Tier } from '@web/graphql/generated/graphql';
import { VIEWER } from './viewer';

interface Person {
  readonly clearance: Tier;
  readonly user: { id: string; displayName: string; email: string };
  readonly organization: { name: string; shortName: string; kind: string; jurisdiction: string | null };
}

const CISA_PUBLISHER: Person = {
  clearance: 'RED',
  user: { id: 'u-pub', displayName: 'CISA Publisher', email: 'publisher@cisa.demo' },
  organization: {
    name: 'Cybersecurity and Infrastructure Security Agency',
    shortName: 'CISA',
    kind: 'FEDERAL',
    jurisdiction: null,
  },
};

const FULTON_CLERK: Person = {
  clearance: 'AMBER',
  user: { id: 'u1', displayName: 'Pat Clerk', email: 'clerk@fulton.ga.demo' },
  organization: { name: 'Fulton County Elections', shortName: 'GA-FULTON', kind: 'LOCAL', jurisdiction: 'GA' },
};

/** For the specs: the VIEWER query answered for CISA's publisher, with these permissions (and organization id). */
export function cisaPublisherAnswer(permissions: Permission[], organizationId = 'o1'): MockLink.MockedResponse {
  return viewerAnswer(CISA_PUBLISHER, ['PUBLISHER'], permissions, organizationId);
}

/** For the specs: the VIEWER query answered for Fulton County's clerk, with these roles and permissions. */
export function fultonClerkAnswer(roles: Role[], permissions: Permission[]): MockLink.MockedResponse {
  return viewerAnswer(FULTON_CLERK, roles, permissions, 'o1');
}

function viewerAnswer(
  person: Person,
  roles: Role[],
  permissions: Permission[],
  organizationId: string,
): MockLink.MockedResponse {
  return {
    request: { query: VIEWER },
    result: {
      data: {
        viewer: {
          __typename: 'Viewer',
          kind: 'USER',
          clearance: person.clearance,
          roles,
          permissions,
          user: { __typename: 'User', ...person.user },
          organization: { __typename: 'Organization', id: organizationId, ...person.organization },
        },
      },
    },
  };
}
