import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Permission, Role, Tier } from '@bulwark/domain';
import type { RequestViewer } from '@api/auth/request-viewer';

export enum ViewerKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
}
registerEnumType(ViewerKind, { name: 'ViewerKind' });

@ObjectType({ description: 'Who is calling: a signed-in user or an API key, as the server sees them right now.' })
export class Viewer {
  @Field(() => ViewerKind)
  kind!: ViewerKind;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => [Permission])
  permissions!: Permission[];

  @Field(() => Tier, {
    description: "Effective clearance: the lower of the granted clearance and the organization's vetting.",
  })
  clearance!: Tier;

  userId!: string | null;
  apiKeyId!: string | null;
  organizationId!: string;
}

export function toViewer(viewer: RequestViewer): Viewer {
  return {
    kind: viewer.kind === 'API_KEY' ? ViewerKind.API_KEY : ViewerKind.USER,
    roles: [...viewer.roles].sort(),
    permissions: [...viewer.permissions],
    clearance: viewer.clearance,
    userId: viewer.userId,
    apiKeyId: viewer.apiKeyId,
    organizationId: viewer.organizationId ?? '',
  };
}
