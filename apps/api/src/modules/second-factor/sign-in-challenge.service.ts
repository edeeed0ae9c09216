import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { needsSecondFactor } from '@bulwark/domain';
import { randomToken, sha256 } from '@api/auth/secrets';
import { SecretBox } from '@api/auth/secret-box';
import { badInput, unauthenticated } from '@api/common/app-errors';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { AuditAction, AuditOutcome, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditService } from '@api/modules/audit/audit.service';
import { UsersService } from '@api/modules/users/users.service';
import { SecondFactorMethod } from './models/second-factor-challenge.model';
import { recoveryCodeHash } from './recovery-codes';
import { type FactorSummary, SecondFactorsRepository } from './second-factors.repository';
import { type ChallengeRow, SignInChallengeRepository } from './sign-in-challenge.repository';
import { matchTotpStep } from './totp';

export type { ChallengeRow };

/*
 * The contract with the rest of sign-in (sessions, passkeys, single sign-on):
 *
 * - A first step that succeeded (password, identity provider) calls `afterFirstStep`: null means "issue the session
 *   now"; otherwise the caller answers with the challenge instead of tokens.
 * - `passSecondFactor` checks a proof against a live challenge (counting failures like wrong passwords) and returns
 *   who passed, without consuming it: the caller consumes it with `consume(manager, …)` in the transaction that
 *   issues the session (SessionsService), so a challenge yields at most one session.
 * - An ENROL challenge is read with `enrolmentSubject` by the enrolment mutations (TOTP here, passkeys in
 *   webauthn*), and consumed with the first factor's confirmation.
 * - Passkeys (webauthn*) open and read challenges with `open`/`live`, keep their WebAuthn challenge on the row with
 *   `setWebauthnChallenge`, and provide WEBAUTHN_ASSERTION_VERIFIER so that completeSignIn can take a passkey.
 */

export type ChallengePurpose = 'SECOND_FACTOR' | 'ENROL' | 'PASSKEY';
/** How the first step was made; the session records it. */
export type FirstStep = 'PASSWORD' | 'SSO';

/** The device a sign-in comes from, as the session records it. */
export interface SignInClient {
  readonly userAgent?: string | null;
  readonly ip?: string | null;
}

/** What the client receives instead of tokens. */
export interface IssuedChallenge {
  readonly challengeToken: string;
  readonly expiresAt: Date;
  readonly methods: SecondFactorMethod[];
  readonly enrolmentRequired: boolean;
}

/** The proof offered for a second step: exactly one of these. */
export interface SecondFactorProof {
  readonly totpCode?: string | null;
  readonly recoveryCode?: string | null;
  /** A PublicKeyCredential (authentication) as JSON. */
  readonly webauthnResponse?: string | null;
}

/** The user an ENROL challenge stands for. */
export interface EnrolmentSubject {
  readonly challenge: ChallengeRow;
  readonly userId: string;
  readonly organizationId: string;
  readonly signInMethod: FirstStep;
}

/** A second step passed: whose, with what, under which challenge (still to be consumed). */
export interface PassedChallenge {
  readonly challenge: ChallengeRow;
  readonly userId: string;
  readonly organizationId: string;
  readonly signInMethod: FirstStep;
  readonly secondFactor: SecondFactorMethod;
}

/**
 * Provided by the passkey side (WebauthnService): verifies an authentication response for `userId` against the
 * WebAuthn challenge kept on `challenge`, updating the credential's counter; throws when it does not verify.
 */
export interface WebauthnAssertionVerifier {
  verifyAuthentication(userId: string, challenge: ChallengeRow, responseJson: string): Promise<void>;
}
export const WEBAUTHN_ASSERTION_VERIFIER = Symbol('WebauthnAssertionVerifier');

/** Attempts one challenge allows, right or wrong; the account lockout counts the wrong ones as well. */
export const MAX_CHALLENGE_ATTEMPTS = 5;
/** Installing an authenticator app takes longer than typing a code. */
const ENROLMENT_TTL_SECONDS = 900;

const SIGN_IN_EXPIRED = 'This sign-in has expired. Sign in again.';
const WRONG_SECOND_FACTOR = 'That code is not valid. Try again, or use another method.';
const ENROLMENT_EXPIRED = 'This enrolment has expired. Sign in again.';

/** True when the user, by their roles or their organization, must sign in with a second factor. */
export function factorRequired(
  summary: Pick<FactorSummary, 'roles' | 'require_second_factor'>,
  config: AppConfig,
): boolean {
  return needsSecondFactor(summary.roles, summary.require_second_factor, config.auth.secondFactorRequired);
}

export function hasSecondFactor(summary: Pick<FactorSummary, 'totp' | 'passkeys'>): boolean {
  return summary.totp || summary.passkeys > 0;
}

export function methodsOf(
  summary: Pick<FactorSummary, 'totp' | 'passkeys' | 'recovery_codes_left'>,
): SecondFactorMethod[] {
  if (!hasSecondFactor(summary)) return [];
  const methods: SecondFactorMethod[] = [];
  if (summary.passkeys > 0) methods.push(SecondFactorMethod.WEBAUTHN);
  if (summary.totp) methods.push(SecondFactorMethod.TOTP);
  if (summary.recovery_codes_left > 0) methods.push(SecondFactorMethod.RECOVERY_CODE);
  return methods;
}

@Injectable()
export class SignInChallengeService {
  constructor(
    private readonly challenges: SignInChallengeRepository,
    private readonly factors: SecondFactorsRepository,
    private readonly secrets: SecretBox,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(WEBAUTHN_ASSERTION_VERIFIER) private readonly webauthn?: WebauthnAssertionVerifier,
  ) {}

  /**
   * After a successful first step: null when no second step is due (the user has no factor and needs none),
   * else a SECOND_FACTOR challenge, or an ENROL one when the user needs a factor and has none.
   */
  async afterFirstStep(userId: string, signInMethod: FirstStep, client: SignInClient): Promise<IssuedChallenge | null> {
    const summary = await this.factors.summary(userId);
    if (!summary) throw unauthenticated(SIGN_IN_EXPIRED);
    const methods = methodsOf(summary);
    const enrolmentRequired = methods.length === 0 && factorRequired(summary, this.config);
    if (methods.length === 0 && !enrolmentRequired) return null;
    await this.challenges.sweepFor(userId);
    const { token, row } = await this.open(enrolmentRequired ? 'ENROL' : 'SECOND_FACTOR', userId, signInMethod, client);
    return { challengeToken: token, expiresAt: row.expires_at, methods, enrolmentRequired };
  }

  /** A new challenge; the token is returned once and only its hash is kept. */
  async open(
    purpose: ChallengePurpose,
    userId: string | null,
    signInMethod: FirstStep | 'PASSKEY',
    client: SignInClient,
    manager?: EntityManager,
  ): Promise<{ token: string; row: ChallengeRow }> {
    const token = randomToken();
    const row = await this.challenges.insert(
      {
        tokenHash: sha256(token),
        userId,
        purpose,
        signInMethod,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
        ipAddress: client.ip?.slice(0, 64) ?? null,
        ttlSeconds: purpose === 'ENROL' ? ENROLMENT_TTL_SECONDS : this.config.auth.challengeTtlSeconds,
      },
      manager,
    );
    return { token, row };
  }

  /** The live challenge of `token` serving one of `purposes`, or UNAUTHENTICATED. */
  async live(token: string, purposes: readonly ChallengePurpose[], manager?: EntityManager): Promise<ChallengeRow> {
    const row = await this.challenges.findLive(sha256(token), purposes, MAX_CHALLENGE_ATTEMPTS, manager);
    if (!row) throw unauthenticated(SIGN_IN_EXPIRED);
    return row;
  }

  setWebauthnChallenge(challengeId: string, webauthnChallenge: string, manager?: EntityManager): Promise<void> {
    return this.challenges.setWebauthnChallenge(challengeId, webauthnChallenge, manager);
  }

  /** Uses the challenge up, in the transaction that issues its session; UNAUTHENTICATED if it already was. */
  async consume(manager: EntityManager, challengeId: string): Promise<void> {
    if (!(await this.challenges.consume(manager, challengeId))) throw unauthenticated(SIGN_IN_EXPIRED);
  }

  /** The user an ENROL challenge lets enrol a first factor, if they may still sign in. */
  async enrolmentSubject(token: string): Promise<EnrolmentSubject> {
    const challenge = await this.challenges.findLive(sha256(token), ['ENROL'], MAX_CHALLENGE_ATTEMPTS);
    const summary = challenge?.user_id ? await this.factors.summary(challenge.user_id) : null;
    if (!challenge || !summary || !mayStillSignIn(summary)) throw unauthenticated(ENROLMENT_EXPIRED);
    return {
      challenge,
      userId: summary.id,
      organizationId: summary.organization_id,
      signInMethod: firstStepOf(challenge),
    };
  }

  /** Counts a wrong first code at enrolment against its challenge (not the account: the seed is brand new). */
  async spendEnrolmentAttempt(token: string): Promise<void> {
    if (!(await this.challenges.claimAttempt(sha256(token), ['ENROL'], MAX_CHALLENGE_ATTEMPTS)))
      throw unauthenticated(ENROLMENT_EXPIRED);
  }

  /**
   * Checks `proof` against the challenge of `token`. Every attempt spends one of the challenge's; a wrong one counts
   * toward the account's lockout, is audited, and is refused. An ENROL challenge passes too once the user has a
   * factor to prove (enrolled in another way meanwhile).
   */
  async passSecondFactor(token: string, proof: SecondFactorProof): Promise<PassedChallenge> {
    const method = proofMethod(proof);
    const challenge = await this.challenges.claimAttempt(
      sha256(token),
      ['SECOND_FACTOR', 'ENROL'],
      MAX_CHALLENGE_ATTEMPTS,
    );
    if (!challenge?.user_id) throw unauthenticated(SIGN_IN_EXPIRED);
    const summary = await this.factors.summary(challenge.user_id);
    if (!summary || !mayStillSignIn(summary)) throw unauthenticated(SIGN_IN_EXPIRED);

    if (!(await this.verify(summary, challenge, method, proof))) {
      await this.recordFailure(summary, method);
      throw unauthenticated(
        challenge.failed_attempts >= MAX_CHALLENGE_ATTEMPTS ? SIGN_IN_EXPIRED : WRONG_SECOND_FACTOR,
      );
    }
    return {
      challenge,
      userId: summary.id,
      organizationId: summary.organization_id,
      signInMethod: firstStepOf(challenge),
      secondFactor: method,
    };
  }

  private async verify(
    summary: FactorSummary,
    challenge: ChallengeRow,
    method: SecondFactorMethod,
    proof: SecondFactorProof,
  ): Promise<boolean> {
    if (!hasSecondFactor(summary)) return false;
    switch (method) {
      case SecondFactorMethod.TOTP:
        return this.verifyTotp(summary.id, proof.totpCode ?? '');
      case SecondFactorMethod.RECOVERY_CODE:
        return this.factors.useRecoveryCode(summary.id, recoveryCodeHash(proof.recoveryCode ?? ''));
      case SecondFactorMethod.WEBAUTHN:
        if (!this.webauthn) return false;
        try {
          await this.webauthn.verifyAuthentication(summary.id, challenge, proof.webauthnResponse ?? '');
          return true;
        } catch {
          return false;
        }
    }
  }

  /** A code of the confirmed seed, for a step later than the last one used (a replayed code is refused). */
  async verifyTotp(userId: string, code: string): Promise<boolean> {
    const factor = await this.factors.totp(userId);
    if (!factor?.confirmed_at) return false;
    const secret = this.secrets.open(factor.secret_ciphertext, totpContext(userId));
    const lastUsed = factor.last_used_step === null ? null : Number(factor.last_used_step);
    const step = matchTotpStep(secret, code, lastUsed);
    return step !== null && (await this.factors.useTotpStep(userId, step));
  }

  private async recordFailure(summary: FactorSummary, method: SecondFactorMethod): Promise<void> {
    await this.audit.recordStandalone({
      actor: { kind: 'USER', userId: summary.id, apiKeyId: null, organizationId: summary.organization_id },
      action: AuditAction.SIGN_IN_FAILED,
      outcome: AuditOutcome.FAILED,
      targetType: AuditTargetType.USER,
      targetId: summary.id,
      details: { reason: 'WRONG_SECOND_FACTOR', method },
    });
    await this.users.countFailedSignIn({ id: summary.id, organizationId: summary.organization_id });
  }
}

/** Where a user's TOTP seed is sealed: a sealed seed copied to another user's row does not open. */
export function totpContext(userId: string): string {
  return `totp:${userId}`;
}

/** Between the first step and now the account may have been deactivated or locked. */
function mayStillSignIn(summary: FactorSummary): boolean {
  const locked = summary.locked_until !== null && summary.locked_until > new Date();
  return summary.active && summary.organization_active && !locked;
}

function firstStepOf(challenge: ChallengeRow): FirstStep {
  return challenge.sign_in_method === 'SSO' ? 'SSO' : 'PASSWORD';
}

function proofMethod(proof: SecondFactorProof): SecondFactorMethod {
  const given = [
    proof.totpCode ? SecondFactorMethod.TOTP : null,
    proof.recoveryCode ? SecondFactorMethod.RECOVERY_CODE : null,
    proof.webauthnResponse ? SecondFactorMethod.WEBAUTHN : null,
  ].filter((method) => method !== null);
  if (given.length !== 1) throw badInput('Give exactly one of totpCode, recoveryCode and webauthnResponse.');
  return given[0];
}
