import { graphql } from '@web/graphql/generated';

export const PASSKEY_FIELDS = graphql(`
  fragment PasskeyFields on Passkey {
    id
    name
    createdAt
    lastUsedAt
    backedUp
  }
`);

export const MY_SECOND_FACTORS = graphql(`
  query MySecondFactors {
    mySecondFactors {
      required
      totp
      recoveryCodesLeft
      passkeys {
        ...PasskeyFields
      }
    }
  }
`);

export const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions {
      id
      current
      signInMethod
      secondFactor
      device
      ipAddress
      startedAt
      lastUsedAt
    }
  }
`);

export const RENAME_PASSKEY = graphql(`
  mutation RenamePasskey($input: RenamePasskeyInput!) {
    renamePasskey(input: $input) {
      ...PasskeyFields
    }
  }
`);

export const REMOVE_PASSKEY = graphql(`
  mutation RemovePasskey($input: PasskeyIdInput!) {
    removePasskey(input: $input) {
      id
    }
  }
`);

export const REMOVE_TOTP = graphql(`
  mutation RemoveTotp {
    removeTotp {
      totp
    }
  }
`);

export const REGENERATE_RECOVERY_CODES = graphql(`
  mutation RegenerateRecoveryCodes {
    regenerateRecoveryCodes
  }
`);

export const END_SESSION = graphql(`
  mutation EndSession($input: EndSessionInput!) {
    endSession(input: $input)
  }
`);

export const END_OTHER_SESSIONS = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);
