import { graphql } from '@web/graphql/generated';

export const SINGLE_SIGN_ON = graphql(`
  query SingleSignOn($email: String!) {
    singleSignOn(email: $email) {
      organizationId
      organizationName
      startUrl
    }
  }
`);
