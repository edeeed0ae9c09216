import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@api/modules/users/entities/user.entity';

/** A passkey or security key registered by a user (WebAuthn): its public key and signature counter. */
@Entity('webauthn_credentials')
export class WebauthnCredentialEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('webauthn_credentials_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'webauthn_credentials_user_id_fkey' })
  user?: UserEntity;

  /** The authenticator's credential id, base64url. */
  @Index('webauthn_credentials_credential_id_key', { unique: true })
  @Column({ name: 'credential_id', type: 'varchar', length: 1400 })
  credentialId!: string;

  /** COSE public key, base64url (text: one form on PGlite and PostgreSQL drivers alike). */
  @Column({ name: 'public_key', type: 'text' })
  publicKey!: string;

  @Column({ name: 'sign_count', type: 'bigint', default: 0 })
  signCount!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  transports!: string[];

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  /** singleDevice or multiDevice (a synced passkey). */
  @Column({ name: 'device_type', type: 'varchar', length: 20, nullable: true })
  deviceType!: string | null;

  @Column({ name: 'backed_up', type: 'boolean', default: false })
  backedUp!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
