import type {
  BulletinEventType,
  BulletinStatus,
  Category,
  IncidentCategory,
  IncidentEventType,
  IncidentStatus,
  MailDetail,
  MailDigest,
  MailKind,
  MailStatus,
  OrganizationKind,
  Role,
  Severity,
  Tier,
  VotingImpact,
} from '@bulwark/domain';
import type {
  BulletinEventTypeEnum,
  BulletinStatusEnum,
  CategoryEnum,
  IncidentCategoryEnum,
  IncidentEventTypeEnum,
  IncidentStatusEnum,
  MailDetailEnum,
  MailDigestEnum,
  MailKindEnum,
  MailStatusEnum,
  OrganizationKindEnum,
  RoleEnum,
  SeverityEnum,
  TierEnum,
  VotingImpactEnum,
} from './db-types.generated';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Each PostgreSQL enum and the domain enum it stores. */
type EnumPair =
  | [TierEnum, Tier]
  | [BulletinStatusEnum, BulletinStatus]
  | [BulletinEventTypeEnum, BulletinEventType]
  | [CategoryEnum, Category]
  | [SeverityEnum, Severity]
  | [RoleEnum, Role]
  | [OrganizationKindEnum, OrganizationKind]
  | [IncidentCategoryEnum, IncidentCategory]
  | [VotingImpactEnum, VotingImpact]
  | [IncidentStatusEnum, IncidentStatus]
  | [IncidentEventTypeEnum, IncidentEventType]
  | [MailDigestEnum, MailDigest]
  | [MailKindEnum, MailKind]
  | [MailStatusEnum, MailStatus]
  | [MailDetailEnum, MailDetail];

type Holds<T extends true> = T;

/**
 * The labels of each pair are equal, or this does not compile: a label added to a migration and not to the domain
 * (or the other way round) fails the typecheck once `npm run db:types` has run, which db-types.int-spec.ts enforces.
 */
export type EnumLabelsMatch = [
  Holds<Same<TierEnum, `${Tier}`>>,
  Holds<Same<BulletinStatusEnum, `${BulletinStatus}`>>,
  Holds<Same<BulletinEventTypeEnum, `${BulletinEventType}`>>,
  Holds<Same<CategoryEnum, `${Category}`>>,
  Holds<Same<SeverityEnum, `${Severity}`>>,
  Holds<Same<RoleEnum, `${Role}`>>,
  Holds<Same<OrganizationKindEnum, `${OrganizationKind}`>>,
  Holds<Same<IncidentCategoryEnum, `${IncidentCategory}`>>,
  Holds<Same<VotingImpactEnum, `${VotingImpact}`>>,
  Holds<Same<IncidentStatusEnum, `${IncidentStatus}`>>,
  Holds<Same<IncidentEventTypeEnum, `${IncidentEventType}`>>,
  Holds<Same<MailDigestEnum, `${MailDigest}`>>,
  Holds<Same<MailKindEnum, `${MailKind}`>>,
  Holds<Same<MailStatusEnum, `${MailStatus}`>>,
  Holds<Same<MailDetailEnum, `${MailDetail}`>>,
];

type DomainOf<V, P = EnumPair> = P extends [infer Db, infer Domain]
  ? Same<V, Db> extends true
    ? Domain
    : never
  : never;

/** A selected value as the domain types it: an enum column's labels become the domain enum, the rest stays. */
type Lifted<V> = [DomainOf<Exclude<V, null>>] extends [never] ? V : DomainOf<Exclude<V, null>> | Extract<V, null>;

/** A row with its enum columns typed as the domain's enums (their labels are the same; see ENUM_LABELS_MATCH). */
export type DomainRow<R> = { [K in keyof R]: Lifted<R[K]> };
