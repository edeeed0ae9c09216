import { Injectable } from '@nestjs/common';
import { importStixBundle, type StixImport, StixImportError } from '@bulwark/stix';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { RequestViewer } from '@api/auth/request-viewer';
import { AppError, ErrorCode } from '@api/common/app-errors';
import { validationPipeOptions } from '@api/graphql/validation';
import { BulletinLifecycleService } from '@api/modules/bulletins/bulletin-lifecycle.service';
import {
  CreateBulletinInput,
  MAX_BODY_LENGTH,
  MAX_INDICATORS,
} from '@api/modules/bulletins/dto/bulletin-content.input';
import type { ImportStixBundleInput } from './dto/import-stix-bundle.input';
import type { SkippedStixObject, StixImportPreview } from './models/stix-import.model';

/** The bundle as libs/stix reads it, within the API's own bounds; a refusal is BAD_USER_INPUT naming object and field. */
function read(json: string): StixImport {
  try {
    return importStixBundle(json, { maxIndicators: MAX_INDICATORS, maxBodyLength: MAX_BODY_LENGTH });
  } catch (error) {
    if (!(error instanceof StixImportError)) throw error;
    const { index, objectId, field } = error.place;
    throw new AppError(ErrorCode.BAD_USER_INPUT, `This STIX bundle cannot be imported: ${error.message}`, {
      fields: [{ field: 'json', problems: [error.message] }],
      stix: { objectIndex: index ?? null, objectId: objectId ?? null, field: field ?? null },
    });
  }
}

/**
 * STIX 2.1 bundles into drafts (issue 16): libs/stix reads the bundle; the draft is made by createBulletin's own
 * path (BulletinLifecycleService.create), so its checks, R7 and R11 and its audit record all apply. Never publishes.
 */
@Injectable()
export class StixImportService {
  constructor(private readonly lifecycle: BulletinLifecycleService) {}

  preview(json: string): StixImportPreview {
    const { content, skipped } = read(json);
    return {
      title: content.title,
      tier: content.tier,
      category: content.category,
      severity: content.severity,
      indicatorCount: content.indicators.length,
      skipped,
    };
  }

  async import(
    viewer: RequestViewer,
    input: ImportStixBundleInput,
  ): Promise<{ bulletinId: string; skipped: SkippedStixObject[] }> {
    const { content, skipped } = read(input.json);
    const create = plainToInstance(CreateBulletinInput, {
      ...content,
      indicators: content.indicators.map(({ type, value }) => ({ type, value })),
      recipientOrganizationIds: input.recipientOrganizationIds,
      recipientUserIds: input.recipientUserIds,
      originatorOrganizationIds: input.originatorOrganizationIds,
    });
    // libs/stix keeps to the same bounds; should the two ever differ, the draft is refused here, never cut.
    const problems = await validate(create, { whitelist: true, forbidNonWhitelisted: true });
    const refuse = validationPipeOptions.exceptionFactory;
    if (problems.length > 0 && refuse) throw refuse(problems);
    const bulletinId = await this.lifecycle.create(viewer, create);
    return { bulletinId, skipped };
  }
}
