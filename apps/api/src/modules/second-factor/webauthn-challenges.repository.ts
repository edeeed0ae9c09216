import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import { randomToken, sha256 } from '@api/auth/secrets';
import { NOW, run, sqlOf } from '@api/database/typed-sql';

/**
 * A signed-in user's passkey registration in progress: a sign_in_challenges row of theirs that no token opens
 * (the bearer token authenticates them), holding the WebAuthn challenge until the registration finishes.
 */
export const REGISTRATION_PURPOSE = 'REGISTRATION';

/**
 * The WebAuthn challenges kept on sign_in_challenges rows: each is taken (cleared) by the one response that uses
 * it, so none verifies twice, whatever the outcome.
 */
@Injectable()
export class WebauthnChallengesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Clears the row's WebAuthn challenge if it is still `expected`; false when another response took it first. */
  async take(challengeId: string, expected: string, manager?: EntityManager): Promise<boolean> {
    const rows = await run(
      manager ?? this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('sign_in_challenges')
          .set({ webauthn_challenge: null })
          .where('id', '=', challengeId)
          .where('webauthn_challenge', '=', expected)
          .where('consumed_at', 'is', null)
          .where('expires_at', '>', NOW)
          .returning('id'),
      ),
    );
    return rows.length === 1;
  }

  /** A new registration for a signed-in user; the one before it, finished or not, ends. */
  async openRegistration(
    manager: EntityManager,
    userId: string,
    webauthnChallenge: string,
    ttlSeconds: number,
  ): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db.deleteFrom('sign_in_challenges').where('user_id', '=', userId).where('purpose', '=', REGISTRATION_PURPOSE),
      ),
    );
    await run(
      manager,
      sqlOf((db) =>
        db.insertInto('sign_in_challenges').values({
          token_hash: sha256(randomToken()),
          user_id: userId,
          purpose: REGISTRATION_PURPOSE,
          webauthn_challenge: webauthnChallenge,
          expires_at: sql<Date>`now() + make_interval(secs => ${ttlSeconds})`,
        }),
      ),
    );
  }

  /** Uses up the user's registration that issued `webauthnChallenge`; false when there is none live. */
  async takeRegistration(userId: string, webauthnChallenge: string): Promise<boolean> {
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('sign_in_challenges')
          .set({ webauthn_challenge: null, consumed_at: NOW })
          .where('user_id', '=', userId)
          .where('purpose', '=', REGISTRATION_PURPOSE)
          .where('webauthn_challenge', '=', webauthnChallenge)
          .where('consumed_at', 'is', null)
          .where('expires_at', '>', NOW)
          .returning('id'),
      ),
    );
    return rows.length === 1;
  }

  /** Passwordless sign-ins that ended or expired: anyone may begin one, so they are cleared as new ones begin. */
  async sweepPasswordless(): Promise<void> {
    await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .deleteFrom('sign_in_challenges')
          .where('user_id', 'is', null)
          .where((eb) => eb.or([eb('consumed_at', 'is not', null), eb('expires_at', '<=', NOW)])),
      ),
    );
  }
}
