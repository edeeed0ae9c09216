import { Inject, Injectable } from '@nestjs/common';
import { type StixObject, tlpMarkingDefinition, uuidV5 } from '@bulwark/stix';
import type { RequestViewer } from '@api/auth/request-viewer';
import { notFound } from '@api/common/app-errors';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditService } from '@api/modules/audit/audit.service';
import { AUDITED_READS } from '@api/modules/bulletins/bulletins.service';
import {
  type StixVersionEntry,
  type StixVersionQuery,
  StixVersionsReader,
} from '@api/modules/bulletins/stix-versions.reader';
import { FeedsService } from '@api/modules/feeds/feeds.service';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { type StixRelease, StixService } from '@api/modules/stix/stix.service';
import type { TaxiiCollection, TaxiiEnvelope, TaxiiManifest, TaxiiPage, TaxiiVersions } from './models/taxii-resources';
import { STIX_MEDIA_TYPE } from './taxii-media';
import { encodeNext, type TaxiiFilters } from './taxii-query';

/** The collection every caller has: everything they may read. Its id is fixed, so a client's configuration is too. */
export const READABLE_COLLECTION_ID = uuidV5('taxii-collection:readable');

const collection = (id: string, title: string, description: string): TaxiiCollection => ({
  id,
  title,
  description,
  can_read: true,
  can_write: false,
  media_types: [STIX_MEDIA_TYPE],
});

const feedCollection = (feed: { readonly id: string; readonly name: string }) =>
  collection(feed.id, `Feed: ${feed.name}`, `What your saved feed "${feed.name}" matches, of what you may read.`);

/** A collection, and the feed filter that makes it (none for everything readable). */
interface CollectionView {
  readonly resource: TaxiiCollection;
  readonly filter: StixVersionQuery['filter'];
}

/** A page of entries, before its objects are built. */
interface EntryPage {
  readonly entries: readonly StixVersionEntry[];
  readonly more: boolean;
  readonly next?: string;
}

function paged<T>(page: EntryPage, body: T): TaxiiPage<T> {
  return {
    body: { more: page.more, ...(page.next && { next: page.next }), ...body },
    firstAdded: page.entries[0]?.dateAdded ?? null,
    lastAdded: page.entries.at(-1)?.dateAdded ?? null,
  };
}

/**
 * TAXII 2.1 over the bulletins a caller may read. Collections are views: everything readable, and each of the
 * caller's saved feeds. What a collection holds is StixVersionsReader's, in libs/policy's SQL predicate, so what
 * a caller may not read is not in its objects, manifests or pages, and an object they may not read answers
 * exactly as one that does not exist (R15).
 */
@Injectable()
export class TaxiiService {
  constructor(
    private readonly versions: StixVersionsReader,
    private readonly feeds: FeedsService,
    private readonly organizations: OrganizationsService,
    private readonly stix: StixService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxContentLength(): number {
    return this.config.http.bodyLimitBytes;
  }

  async collections(viewer: RequestViewer): Promise<TaxiiCollection[]> {
    const feeds = viewer.userId ? await this.feeds.list(viewer) : [];
    return [this.readable().resource, ...feeds.map(feedCollection)];
  }

  async collection(viewer: RequestViewer, id: string): Promise<TaxiiCollection> {
    return (await this.view(viewer, id)).resource;
  }

  async objects(viewer: RequestViewer, collectionId: string, filters: TaxiiFilters): Promise<TaxiiEnvelope> {
    const page = await this.page(viewer, await this.view(viewer, collectionId), filters);
    const objects = await this.objectsOf(page.entries);
    await this.recordReads(viewer, page.entries, collectionId);
    return paged(page, { objects });
  }

  /** One object's versions that the filters name; NOT_FOUND when there are none, as for an unknown id (R15). */
  async object(
    viewer: RequestViewer,
    collectionId: string,
    objectId: string,
    filters: TaxiiFilters,
  ): Promise<TaxiiEnvelope> {
    const envelope = await this.objects(viewer, collectionId, filters);
    if (envelope.body.objects.length === 0 && !filters.after) throw notFound('Object');
    return envelope;
  }

  async manifest(viewer: RequestViewer, collectionId: string, filters: TaxiiFilters): Promise<TaxiiManifest> {
    const page = await this.page(viewer, await this.view(viewer, collectionId), filters);
    return paged(page, {
      objects: page.entries.map((entry) => ({
        id: entry.stixId,
        date_added: entry.dateAdded,
        version: entry.version,
        media_type: STIX_MEDIA_TYPE,
      })),
    });
  }

  async objectVersions(
    viewer: RequestViewer,
    collectionId: string,
    objectId: string,
    filters: TaxiiFilters,
  ): Promise<TaxiiVersions> {
    const page = await this.page(viewer, await this.view(viewer, collectionId), filters);
    if (page.entries.length === 0 && !filters.after) throw notFound('Object');
    return paged(page, { versions: page.entries.map((entry) => entry.version) });
  }

  private readable(): CollectionView {
    return {
      resource: collection(
        READABLE_COLLECTION_ID,
        'Everything you may read',
        'Every published bulletin you may read, as STIX 2.1: a report, its indicators and vulnerabilities, its originators and its TLP marking.',
      ),
      filter: null,
    };
  }

  private async view(viewer: RequestViewer, id: string): Promise<CollectionView> {
    if (id === READABLE_COLLECTION_ID) return this.readable();
    const feed = viewer.userId && /^[0-9a-f-]{36}$/.test(id) ? await this.feeds.get(viewer, id) : null;
    if (!feed) throw notFound('Collection');
    return { resource: feedCollection(feed), filter: feed.filter };
  }

  /**
   * At most `limit` entries, and whether more follow. A page does not end inside one instant when it can end
   * before it, so a client paging by `added_after` (the last page's X-TAXII-Date-Added-Last) misses nothing;
   * `next` is exact whatever the page holds.
   */
  private async page(viewer: RequestViewer, view: CollectionView, filters: TaxiiFilters): Promise<EntryPage> {
    if (!filters.specVersions.includes('2.1')) return { entries: [], more: false };
    const rows = await this.versions.page(viewer, { ...filters, filter: view.filter, limit: filters.limit + 1 });
    if (filters.ids && !filters.after) {
      await this.recordHidden(
        viewer,
        filters.ids.filter((id) => !rows.some((entry) => entry.stixId === id)),
      );
    }
    const following = rows[filters.limit];
    if (!following) return { entries: rows, more: false };
    const full = rows.slice(0, filters.limit);
    const sharing = full.findIndex((entry) => entry.key.addedAt === following.key.addedAt);
    const entries = sharing > 0 ? full.slice(0, sharing) : full;
    return { entries, more: true, next: encodeNext((entries.at(-1) as StixVersionEntry).key) };
  }

  /** The objects of the entries, each release's built once (StixService.releaseObjects): four statements at most. */
  private async objectsOf(entries: readonly StixVersionEntry[]): Promise<StixObject[]> {
    const revisionIds = [...new Set(entries.flatMap((entry) => (entry.revisionId ? [entry.revisionId] : [])))];
    const revisions = await this.versions.releasedRevisions(revisionIds);
    const keyOf = (revisionId: string, retraction: boolean) => `${revisionId}:${retraction}`;
    const releases = new Map<string, StixRelease>();
    for (const { revisionId, retraction } of entries) {
      const revision = revisionId ? revisions.get(revisionId) : undefined;
      if (revisionId && revision) releases.set(keyOf(revisionId, retraction), { ...revision, retraction });
    }
    const built = await this.stix.releaseObjects([...releases.values()]);
    const objects = new Map(
      [...releases.keys()].map((key, i) => [key, new Map((built[i] ?? []).map((o) => [o.id, o]))] as const),
    );
    return entries.flatMap((entry) => {
      if (!entry.revisionId) return [tlpMarkingDefinition(entry.tier)];
      return objects.get(keyOf(entry.revisionId, entry.retraction))?.get(entry.stixId) ?? [];
    });
  }

  /** R18: reads of AMBER_STRICT and RED bulletins' objects, one record per bulletin and page. */
  private async recordReads(
    viewer: RequestViewer,
    entries: readonly StixVersionEntry[],
    collectionId: string,
  ): Promise<void> {
    const audited = new Set(
      // An originator's identity is unmarked and the same in every bulletin: fetching it reads no bulletin.
      entries.flatMap((entry) =>
        entry.bulletinId && entry.stixType !== 'identity' && AUDITED_READS.includes(entry.tier)
          ? [entry.bulletinId]
          : [],
      ),
    );
    await Promise.all(
      [...audited].map((bulletinId) =>
        this.audit.recordBulletinRead(viewer, bulletinId, { via: 'TAXII', collection: collectionId }),
      ),
    );
  }

  /**
   * R15: ids a request named that it did not get answer as if they did not exist (NOT_FOUND for one object, an
   * empty page for a match). Those that belong to a bulletin the caller may not read at all, rather than ones its
   * filters left out or that do not exist, go on the record as denied attempts.
   */
  private async recordHidden(viewer: RequestViewer, missing: readonly string[]): Promise<void> {
    if (missing.length === 0) return;
    const readable = await this.versions.page(viewer, {
      filter: null,
      addedAfter: null,
      after: null,
      ids: missing,
      types: null,
      versions: 'last',
      limit: missing.length,
    });
    const hidden = missing.filter((id) => !readable.some((entry) => entry.stixId === id));
    const bulletins = await this.versions.bulletinsOfObjects(hidden);
    await Promise.all(
      bulletins.map((bulletinId) =>
        this.audit.recordDenial(viewer, AuditTargetType.BULLETIN, bulletinId, {
          attempted: AuditAction.BULLETIN_READ,
          via: 'TAXII',
        }),
      ),
    );
  }
}
