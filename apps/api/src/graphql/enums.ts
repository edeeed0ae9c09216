import { registerEnumType } from '@nestjs/graphql';
import {
  BulletinStatus,
  Category,
  IndicatorType,
  OrganizationKind,
  Permission,
  Role,
  Severity,
  Tier,
} from '@bulwark/domain';

/** The shared enums, registered once for the schema. */
export function registerDomainEnums(): void {
  registerEnumType(Tier, {
    name: 'Tier',
    description: 'TLP 2.0 sharing tier: CLEAR < GREEN < AMBER < AMBER_STRICT < RED.',
  });
  registerEnumType(Role, { name: 'Role' });
  registerEnumType(Permission, { name: 'Permission' });
  registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
  registerEnumType(Category, { name: 'Category' });
  registerEnumType(Severity, { name: 'Severity' });
  registerEnumType(BulletinStatus, { name: 'BulletinStatus' });
  registerEnumType(IndicatorType, { name: 'IndicatorType' });
}

registerDomainEnums();
