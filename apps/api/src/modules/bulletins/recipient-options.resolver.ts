import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import type { Connection } from '@api/graphql/pagination';
import { RecipientOptionsArgs } from './dto/recipient-options.args';
import { RecipientOption, RecipientOptionConnection } from './models/recipient-option.model';
import { RecipientOptionsService } from './recipient-options.service';

@Resolver(() => RecipientOption)
export class RecipientOptionsResolver {
  constructor(private readonly options: RecipientOptionsService) {}

  @Requires(Permission.BULLETIN_DRAFT)
  @Query(() => RecipientOptionConnection, {
    description:
      "Who a bulletin at `tier` may go to, each with R7's verdict as publishing decides it: for AMBER and AMBER_STRICT the organizations (ordered by name, with their parent for the tree), for RED the active people of active organizations (by name; only for a writer cleared for RED), for CLEAR and GREEN nobody. With `ids`, the verdict on exactly those recipients (a draft's, when its tier changes). Only for a person who may write at `tier`.",
  })
  recipientOptions(
    @CurrentViewer() viewer: RequestViewer,
    @Args() args: RecipientOptionsArgs,
  ): Promise<Connection<RecipientOption>> {
    return this.options.options(viewer, args);
  }
}
