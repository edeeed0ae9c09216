import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import type { Connection } from '@api/graphql/pagination';
import { ApproverOptionsService } from './approver-options.service';
import { ApproverOptionsArgs } from './dto/approver-options.args';
import { ApproverOption, ApproverOptionConnection } from './models/approver-option.model';

@Resolver(() => ApproverOption)
export class ApproverOptionsResolver {
  constructor(private readonly options: ApproverOptionsService) {}

  @Requires(Permission.BULLETIN_DRAFT)
  @Query(() => ApproverOptionConnection, {
    description:
      "Who may be named approver (approverUserId) of a bulletin's AMBER_STRICT or RED revision — a draft to submit, or an amendment — each with the verdict submitBulletin and amendBulletin apply (R10): the active publishers of its originating organizations, by name, the author and those not cleared for the tier not offered. For a member of an originating organization cleared for RED; a bulletin you may not read is NOT_FOUND.",
  })
  approverOptions(
    @CurrentViewer() viewer: RequestViewer,
    @Args() args: ApproverOptionsArgs,
  ): Promise<Connection<ApproverOption>> {
    return this.options.options(viewer, args);
  }
}
