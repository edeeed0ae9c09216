import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BulletinEventType } from '@bulwark/domain';
import { Bulletin } from '@api/modules/bulletins/models/bulletin.model';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';

registerEnumType(BulletinEventType, { name: 'BulletinEventType' });

@PushScoped(PushScope.SHARED)
@ObjectType({ description: 'A publication, amendment or retraction, in global order.' })
export class BulletinEvent {
  @Field(() => Float, { description: 'Global, gap-free; resume with `since` set to the last one you received.' })
  sequence!: number;

  @Field(() => BulletinEventType)
  type!: BulletinEventType;

  @Field()
  occurredAt!: Date;

  @Field(() => Bulletin, { description: 'The bulletin as of the revision this event is about.' })
  bulletin!: Bulletin;
}
