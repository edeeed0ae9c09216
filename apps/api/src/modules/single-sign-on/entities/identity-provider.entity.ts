import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '@api/modules/organizations/entities/organization.entity';

/** The OpenID Connect provider an organization's members sign in through. */
@Entity('identity_providers')
export class IdentityProviderEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @OneToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'identity_providers_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 500 })
  issuer!: string;

  @Column({ name: 'client_id', type: 'varchar', length: 200 })
  clientId!: string;

  /** Sealed by SecretBox; null when the secret comes from configuration. */
  @Column({ name: 'client_secret_ciphertext', type: 'text', nullable: true })
  clientSecretCiphertext!: string | null;

  /** Whether the provider's `amr` claim (mfa, hwk, otp …) stands for Bulwark's second factor. */
  @Column({ name: 'amr_satisfies_second_factor', type: 'boolean', default: false })
  amrSatisfiesSecondFactor!: boolean;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
