import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '@api/graphql/pagination';

/** The review queue pages like every list: `first` (1 to 100, default 20) and `after`. */
@ArgsType()
export class ReviewQueueArgs extends PageArgs {}
