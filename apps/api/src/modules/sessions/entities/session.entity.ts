import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@api/modules/users/entities/user.entity';

/**
 * One sign-in: the family of refresh tokens that rotate from it. Access tokens name it (`sid`), so revoking
 * it ends every token of the family at once.
 */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('sessions_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sessions_user_id_fkey' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** LOGOUT, REFRESH_TOKEN_REUSE, USER_DEACTIVATED, … */
  @Column({ name: 'revoked_reason', type: 'varchar', length: 40, nullable: true })
  revokedReason!: string | null;

  /** PASSWORD, PASSKEY or SSO: how the first step was made. */
  @Column({ name: 'sign_in_method', type: 'varchar', length: 20, default: 'PASSWORD' })
  signInMethod!: string;

  /** TOTP, WEBAUTHN, RECOVERY_CODE or IDENTITY_PROVIDER; null when no second step was taken. */
  @Column({ name: 'second_factor', type: 'varchar', length: 20, nullable: true })
  secondFactor!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;

  @Column({ name: 'ip_address', type: 'varchar', length: 64, nullable: true })
  ipAddress!: string | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', default: () => 'now()' })
  lastUsedAt!: Date;
}
