import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@api/modules/users/entities/user.entity';

/**
 * A sign-in halfway: the password (or identity provider) has been checked and a second step is due, or a passkey
 * sign-in has begun. The client holds the token; only its SHA-256 is stored. Single-use and short-lived.
 */
@Entity('sign_in_challenges')
export class SignInChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('sign_in_challenges_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  /** Null for a passwordless sign-in until the passkey names its user. */
  @Index('sign_in_challenges_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sign_in_challenges_user_id_fkey' })
  user?: UserEntity;

  /** SECOND_FACTOR, ENROL (a user who must have a factor and has none) or PASSKEY. */
  @Column({ type: 'varchar', length: 20 })
  purpose!: string;

  /** How the first step was made: PASSWORD or SSO; the session records it. */
  @Column({ name: 'sign_in_method', type: 'varchar', length: 20, default: 'PASSWORD' })
  signInMethod!: string;

  /** The WebAuthn challenge last issued under this sign-in, base64url. */
  @Column({ name: 'webauthn_challenge', type: 'varchar', length: 200, nullable: true })
  webauthnChallenge!: string | null;

  @Column({ name: 'failed_attempts', type: 'integer', default: 0 })
  failedAttempts!: number;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;

  @Column({ name: 'ip_address', type: 'varchar', length: 64, nullable: true })
  ipAddress!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true })
  consumedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
