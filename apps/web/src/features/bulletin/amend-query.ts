import { graphql } from '@web/graphql/generated';
import type { AmendSourceQuery } from '@web/graphql/generated/graphql';

/** The published bulletin as its current revision says it, to start the amendment from. */
export const AMEND_SOURCE = graphql(`
  query AmendSource($id: ID!) {
    bulletin(id: $id) {
      ...DraftFields
      reference
      revision
      pendingAmendment {
        revision
        tier
      }
    }
  }
`);

export const AMEND_BULLETIN = graphql(`
  mutation AmendBulletin($input: AmendBulletinInput!) {
    amendBulletin(input: $input) {
      id
      version
      revision
      tier
      status
      pendingAmendment {
        revision
        tier
      }
      review {
        approver {
          id
          displayName
        }
      }
    }
  }
`);

export const RETRACT_BULLETIN = graphql(`
  mutation RetractBulletin($input: RetractBulletinInput!) {
    retractBulletin(input: $input) {
      ...BulletinPageFields
    }
  }
`);

export type AmendSource = NonNullable<AmendSourceQuery['bulletin']>;
