import { graphql } from '@web/graphql/generated';

/*
 * Enrolment, by a signed-in person (account security) or, with the enrolment challenge token of a sign-in, by one
 * who must enrol before anything else. Everything here is read once and kept out of the cache (fetchPolicy no-cache):
 * seeds and recovery codes never outlive the component that shows them.
 */

export const BEGIN_TOTP_ENROLMENT = graphql(`
  mutation BeginTotpEnrolment($input: EnrolmentChallengeInput) {
    beginTotpEnrolment(input: $input) {
      secret
      otpauthUri
      qrCodeSvg
    }
  }
`);

export const CONFIRM_TOTP_ENROLMENT = graphql(`
  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {
    confirmTotpEnrolment(input: $input) {
      recoveryCodes
    }
  }
`);

export const BEGIN_PASSKEY_REGISTRATION = graphql(`
  mutation BeginPasskeyRegistration($input: EnrolmentChallengeInput) {
    beginPasskeyRegistration(input: $input)
  }
`);

export const FINISH_PASSKEY_REGISTRATION = graphql(`
  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
    finishPasskeyRegistration(input: $input) {
      recoveryCodes
      passkey {
        id
        name
      }
    }
  }
`);

export const BEGIN_SECOND_FACTOR_WEBAUTHN = graphql(`
  mutation BeginSecondFactorWebauthn($input: WebauthnChallengeInput!) {
    beginSecondFactorWebauthn(input: $input)
  }
`);

export const BEGIN_PASSKEY_SIGN_IN = graphql(`
  mutation BeginPasskeySignIn {
    beginPasskeySignIn {
      challengeToken
      optionsJson
    }
  }
`);
