import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import { notFound } from '@api/common/app-errors';
import { BulletinsService } from '@api/modules/bulletins/bulletins.service';
import { ImportStixBundleInput, StixImportPreviewArgs } from './dto/import-stix-bundle.input';
import { StixImportPreview, StixImportResult } from './models/stix-import.model';
import { StixImportService } from './stix-import.service';

@Resolver()
export class StixImportResolver {
  constructor(
    private readonly imports: StixImportService,
    private readonly bulletins: BulletinsService,
  ) {}

  @Requires(Permission.BULLETIN_DRAFT)
  @Query(() => StixImportPreview, {
    description:
      'What importStixBundle would make of a STIX 2.1 bundle: title, tier, category, severity, how many indicators, and what it would skip. Saves nothing. BAD_USER_INPUT naming the object and field for a bundle it cannot import.',
  })
  stixImportPreview(@Args() args: StixImportPreviewArgs): StixImportPreview {
    return this.imports.preview(args.json);
  }

  @Requires(Permission.BULLETIN_DRAFT)
  @Mutation(() => StixImportResult, {
    description:
      "Makes a draft of a STIX 2.1 bundle's report, as createBulletin does (never published): its text, indicators (simple STIX patterns, CVE numbers of vulnerabilities) and its TLP marking as the tier. Objects Bulwark does not keep come back in `skipped`. BAD_USER_INPUT naming the object and field for a bundle it cannot import; nothing is saved then.",
  })
  async importStixBundle(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: ImportStixBundleInput,
  ): Promise<StixImportResult> {
    const { bulletinId, skipped } = await this.imports.import(viewer, input);
    const bulletin = await this.bulletins.getAfterWrite(viewer, bulletinId);
    if (!bulletin) throw notFound('Bulletin');
    return { bulletin, skipped };
  }
}
