import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import { NOW, type Row, run, runFirst, sqlOf } from '@api/database/typed-sql';

export type ChallengeRow = Pick<
  Row<'sign_in_challenges'>,
  | 'id'
  | 'user_id'
  | 'purpose'
  | 'sign_in_method'
  | 'webauthn_challenge'
  | 'failed_attempts'
  | 'user_agent'
  | 'ip_address'
  | 'expires_at'
>;

const COLUMNS = [
  'id',
  'user_id',
  'purpose',
  'sign_in_method',
  'webauthn_challenge',
  'failed_attempts',
  'user_agent',
  'ip_address',
  'expires_at',
] as const;

export interface NewChallenge {
  readonly tokenHash: string;
  readonly userId: string | null;
  readonly purpose: string;
  readonly signInMethod: string;
  readonly userAgent: string | null;
  readonly ipAddress: string | null;
  readonly ttlSeconds: number;
}

@Injectable()
export class SignInChallengeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(challenge: NewChallenge, manager?: EntityManager): Promise<ChallengeRow> {
    const [row] = await run(
      manager ?? this.dataSource,
      sqlOf((db) =>
        db
          .insertInto('sign_in_challenges')
          .values({
            token_hash: challenge.tokenHash,
            user_id: challenge.userId,
            purpose: challenge.purpose,
            sign_in_method: challenge.signInMethod,
            user_agent: challenge.userAgent,
            ip_address: challenge.ipAddress,
            expires_at: sql<Date>`now() + make_interval(secs => ${challenge.ttlSeconds})`,
          })
          .returning(COLUMNS),
      ),
    );
    return row;
  }

  /** The challenge if it is unexpired, unconsumed, has attempts left and serves one of `purposes`. */
  findLive(
    tokenHash: string,
    purposes: readonly string[],
    maxAttempts: number,
    manager?: EntityManager,
  ): Promise<ChallengeRow | null> {
    return runFirst(
      manager ?? this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('sign_in_challenges')
          .select(COLUMNS)
          .where('token_hash', '=', tokenHash)
          .where('purpose', 'in', [...purposes])
          .where('consumed_at', 'is', null)
          .where('expires_at', '>', NOW)
          .where('failed_attempts', '<', maxAttempts),
      ),
    );
  }

  /**
   * Takes one of the challenge's attempts before anything is verified, atomically: however many guesses arrive at
   * once, no more than `maxAttempts` are ever checked. Null when it has none left (or is not live).
   */
  claimAttempt(tokenHash: string, purposes: readonly string[], maxAttempts: number): Promise<ChallengeRow | null> {
    return runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('sign_in_challenges')
          .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
          .where('token_hash', '=', tokenHash)
          .where('purpose', 'in', [...purposes])
          .where('consumed_at', 'is', null)
          .where('expires_at', '>', NOW)
          .where('failed_attempts', '<', maxAttempts)
          .returning(COLUMNS),
      ),
    );
  }

  /** Marks it used; false when it already was, or has expired meanwhile (the caller refuses). */
  async consume(manager: EntityManager, id: string): Promise<boolean> {
    const rows = await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('sign_in_challenges')
          .set({ consumed_at: NOW })
          .where('id', '=', id)
          .where('consumed_at', 'is', null)
          .where('expires_at', '>', NOW)
          .returning('id'),
      ),
    );
    return rows.length === 1;
  }

  async setWebauthnChallenge(id: string, challenge: string, manager?: EntityManager): Promise<void> {
    await run(
      manager ?? this.dataSource,
      sqlOf((db) => db.updateTable('sign_in_challenges').set({ webauthn_challenge: challenge }).where('id', '=', id)),
    );
  }

  /** A user's finished or expired challenges go when they start a new one, so the table stays small. */
  async sweepFor(userId: string, manager?: EntityManager): Promise<void> {
    await run(
      manager ?? this.dataSource,
      sqlOf((db) =>
        db
          .deleteFrom('sign_in_challenges')
          .where('user_id', '=', userId)
          .where((eb) => eb.or([eb('consumed_at', 'is not', null), eb('expires_at', '<=', NOW)])),
      ),
    );
  }
}
