import { ArgsType, Field, Float, ID } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class IncidentEventsArgs {
  @Field(() => Float, {
    nullable: true,
    description:
      'The last sequence you received: first every event after it that you may read, in order, then live ones. Incident events are kept for good.',
  })
  @IsOptional()
  @IsInt({ message: 'since must be a whole sequence number' })
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  since?: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Only the events of this report. A report you may not read is NOT_FOUND, as a missing one.',
  })
  @IsOptional()
  @IsUUID(undefined, { message: 'reportId must be a UUID.' })
  reportId?: string;
}
