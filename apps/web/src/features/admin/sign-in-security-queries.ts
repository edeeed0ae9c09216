import { graphql } from '@web/graphql/generated';

/** The administrator's organization's sign-in rules. */
export const SIGN_IN_POLICY = graphql(`
  query SignInPolicy {
    viewer {
      organization {
        id
        name
        requireSecondFactor
        allowPasswordless
      }
    }
  }
`);

export const SET_SIGN_IN_POLICY = graphql(`
  mutation SetSignInPolicy($input: SetOrganizationSignInPolicyInput!) {
    setOrganizationSignInPolicy(input: $input) {
      id
      requireSecondFactor
      allowPasswordless
    }
  }
`);

export const RESET_SECOND_FACTORS = graphql(`
  mutation ResetSecondFactors($input: ResetSecondFactorsInput!) {
    resetSecondFactors(input: $input) {
      id
    }
  }
`);

export const END_USER_SESSIONS = graphql(`
  mutation EndUserSessions($input: UserSessionsInput!) {
    endUserSessions(input: $input)
  }
`);
