import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BulletinEventType, BulletinStatus, type IndicatorType, Tier, tiersUpTo } from '@bulwark/domain';
import type { ViewerContext } from '@bulwark/policy';
import { TLP_MARKING_IDS } from '@bulwark/stix';
import {
  type Expression,
  expressionBuilder,
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  sql,
  type SqlBool,
} from 'kysely';
import { DataSource } from 'typeorm';
import { type DB, run, sqlOf } from '@api/database/typed-sql';
import { toBulletin } from './bulletin-mapper';
import { BULLETIN_COLUMNS, readableBy, REVISION_MARKING, revisionMarkingAt } from './bulletin-row';
import { BulletinsReadRepository } from './bulletins-read.repository';
import type { Bulletin, Indicator } from './models/bulletin.model';
import { eventFilterConditions, type EventFilterFields } from './content-filter-conditions';

/** Where a page of versions ended: a version's place in the collection's order. */
export interface VersionKey {
  /** The release's clock, to the microsecond, as PostgreSQL writes it. */
  readonly addedAt: string;
  readonly sequence: string;
  readonly position: number;
}

/** Which versions of which objects: TAXII's `match[…]`, `added_after` and paging, already validated. */
export interface StixVersionQuery {
  /** A saved feed's filter, or null for everything the viewer may read. */
  readonly filter: EventFilterFields | null;
  readonly addedAfter: string | null;
  readonly after: VersionKey | null;
  readonly ids: readonly string[] | null;
  readonly types: readonly string[] | null;
  /** `last` and `first` per object, `all`, or the versions (`modified`, to the millisecond) named. */
  readonly versions: 'last' | 'first' | 'all' | readonly string[];
  readonly limit: number;
}

/** A released revision, as the bulletin it was, with its indicators: what a release's objects are built from. */
export interface ReleasedRevision {
  readonly bulletin: Bulletin;
  readonly indicators: readonly Indicator[];
}

/** One version of one object in a collection, and what builds it. */
export interface StixVersionEntry {
  readonly stixId: string;
  readonly stixType: string;
  /** The object's `modified` (its `created` for a marking definition), to the millisecond. */
  readonly version: string;
  /** When it was added to the collection, to the microsecond. */
  readonly dateAdded: string;
  readonly key: VersionKey;
  /** The revision released, or null for a marking definition. */
  readonly revisionId: string | null;
  readonly bulletinId: string | null;
  readonly retraction: boolean;
  readonly tier: Tier;
}

/** Where libs/policy finds the marking of a bulletin's current revision, aliased `c` here (R12). */
const CURRENT_MARKING = revisionMarkingAt('c');

/** When the OASIS TLP 2.0 marking definitions were created: their `created`, version and place, first of all. */
const TLP_DEFINED_AT = '2022-10-01T00:00:00.000Z';

/** Positions of a release's objects: its report, then its indicators, then its originators' identities. */
const REPORT_POSITION = 0;
const IDENTITY_POSITION = 100_000;

/** A timestamp as ISO 8601 text in UTC, to the microsecond (`US`) or millisecond (`MS`). */
const isoText = (at: Expression<unknown>, precision: 'US' | 'MS') =>
  sql<string>`to_char(${at} AT TIME ZONE 'UTC', ${sql.lit(`YYYY-MM-DD"T"HH24:MI:SS.${precision}"Z"`)})`;

/** What every object of a release carries of it, after its own columns. */
const RELEASE_COLUMNS = [
  'released.revision_id',
  'released.bulletin_id',
  'released.release_type',
  'released.tier',
] as const;

type EntryColumns = {
  added_at: Date;
  sequence: string;
  position: number;
  stix_id: string;
  stix_type: string;
  version: Date;
  revision_id: string | null;
  bulletin_id: string | null;
  release_type: BulletinEventType | null;
  tier: Tier;
};

const release = expressionBuilder<{ e: DB['bulletin_releases'] }, 'e'>();

/**
 * The releases a page can need: from where it starts on. An object's later release is its newer version (a release
 * is stamped after every earlier one committed), so whether a version is the last is decided by the releases at
 * and after it alone: a poll with `added_after`, or a later page, reads only what was added since. Only `first`
 * needs the releases before.
 */
function releasesFrom(query: StixVersionQuery): Expression<SqlBool>[] {
  if (query.versions === 'first') return [];
  const conditions: Expression<SqlBool>[] = [];
  if (query.addedAfter) conditions.push(release('e.added_at', '>', sql<Date>`${query.addedAfter}::timestamptz`));
  if (query.after) conditions.push(release('e.added_at', '>=', sql<Date>`${query.after.addedAt}::timestamptz`));
  return conditions;
}

/**
 * Every released revision the viewer may read, with the bulletin's current revision (R12: both, each under its own
 * rules), and after a retraction only the retraction itself (R13). One row per release, in the policy's predicate.
 */
function readableReleases(db: Kysely<DB>, viewer: ViewerContext, query: StixVersionQuery) {
  const { filter } = query;
  return db
    .selectFrom('bulletin_releases as e')
    .innerJoin('bulletins as b', 'b.id', 'e.bulletin_id')
    .innerJoin('bulletin_revisions as r', 'r.id', 'e.revision_id')
    .innerJoin('bulletin_revisions as c', (join) =>
      join.onRef('c.bulletin_id', '=', 'b.id').on((eb) => eb.ref('c.is_current')),
    )
    .where(readableBy(viewer, REVISION_MARKING))
    .where(readableBy(viewer, CURRENT_MARKING))
    .where((eb) =>
      eb.or([eb('e.type', '=', BulletinEventType.RETRACTED), eb('b.status', '<>', BulletinStatus.RETRACTED)]),
    )
    .where((eb) => eb.and(filter ? eventFilterConditions(filter) : []))
    .where((eb) => eb.and(releasesFrom(query)))
    .select((eb) => [
      'e.added_at',
      'e.sequence',
      'e.type as release_type',
      'e.bulletin_id',
      'e.revision_id',
      'r.tier',
      'r.originator_org_ids',
      eb
        .case()
        .when('e.type', '=', BulletinEventType.RETRACTED)
        .then(eb.ref('b.retracted_at'))
        .else(eb.ref('r.published_at'))
        .end()
        .$castTo<Date>()
        .as('version'),
    ]);
}

const entry = expressionBuilder<{ ranked: EntryColumns & { rank: string } }, 'ranked'>();
const unranked = expressionBuilder<{ entries: EntryColumns }, 'entries'>();

/**
 * The filters that hold for every version of an object alike (its id, its type): applied before the versions are
 * ranked, so only the objects asked for are.
 */
function objectFilters(query: StixVersionQuery): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (query.ids) conditions.push(unranked('entries.stix_id', '=', unranked.fn.any(unranked.val([...query.ids]))));
  if (query.types) conditions.push(unranked('entries.stix_type', '=', unranked.fn.any(unranked.val([...query.types]))));
  return conditions;
}

/** A version's rank among its object's versions: newest first for `last`, oldest first for `first`; else none. */
function rankOf(versions: StixVersionQuery['versions']) {
  if (versions !== 'last' && versions !== 'first') return sql<string>`1`;
  const direction = versions === 'last' ? 'desc' : 'asc';
  return unranked.fn
    .agg<string>('row_number')
    .over((over) =>
      over
        .partitionBy('entries.stix_id')
        .orderBy('entries.version', direction)
        .orderBy('entries.added_at', direction)
        .orderBy('entries.sequence', direction)
        .orderBy('entries.position', direction),
    );
}

/** The filters on ranked versions: which version, and where in the collection the page starts. */
function matching(query: StixVersionQuery): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  const { versions } = query;
  if (versions === 'last' || versions === 'first') conditions.push(entry('ranked.rank', '=', sql.lit('1')));
  else if (versions !== 'all')
    conditions.push(entry(isoText(entry.ref('ranked.version'), 'MS'), '=', entry.fn.any(entry.val([...versions]))));
  if (query.addedAfter) conditions.push(entry('ranked.added_at', '>', sql<Date>`${query.addedAfter}::timestamptz`));
  if (query.after) {
    const { addedAt, sequence, position } = query.after;
    conditions.push(
      entry(
        entry.refTuple('ranked.added_at', 'ranked.sequence', 'ranked.position'),
        '>',
        entry.tuple(
          sql<Date>`${addedAt}::timestamptz`,
          sql<string>`${sequence}::bigint`,
          sql<number>`${position}::int`,
        ),
      ),
    );
  }
  return conditions;
}

/** A constant of the statement, as text (a bare parameter in a function call or a union has no type). */
const text = (value: string): RawBuilder<string> => sql<string>`${value}::text`;

/** A typed NULL, so every branch of the union has the same column types. */
const nullOf = <T>(type: 'uuid' | 'bulletin_event_type'): RawBuilder<T | null> => sql<T | null>`NULL::${sql.raw(type)}`;

/**
 * The versions of STIX objects a viewer may read, in the order a TAXII collection adds them: ascending `date_added`
 * (each release's clock), then the release's sequence, then the object's place in it, so objects that share a
 * timestamp keep one order across pages. Every object of a release is a version of it: its report, an indicator
 * or vulnerability per indicator, and its originators' identities; the TLP marking definitions the viewer's
 * clearance reaches come first. A page is one statement, whatever it holds.
 */
@Injectable()
export class StixVersionsReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: BulletinsReadRepository,
  ) {}

  /**
   * The revisions a page's entries name, each with its bulletin, in two statements. Only for entries `page` has
   * just returned to the same viewer: it reads whoever may read them.
   */
  async releasedRevisions(revisionIds: readonly string[]): Promise<Map<string, ReleasedRevision>> {
    if (revisionIds.length === 0) return new Map();
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('bulletin_revisions as r')
          .innerJoin('bulletins as b', 'b.id', 'r.bulletin_id')
          .select(BULLETIN_COLUMNS)
          .where('r.id', '=', (eb) => eb.fn.any(eb.val([...revisionIds]))),
      ),
    );
    const indicators = await this.reads.indicatorsOf(revisionIds);
    return new Map(
      rows.map((row) => [
        row.revision_id,
        {
          bulletin: toBulletin(row),
          indicators: indicators
            .filter((indicator) => indicator.revision_id === row.revision_id)
            .map(({ type, value }) => ({ type, value })),
        },
      ]),
    );
  }

  /**
   * Every indicator these bulletins ever released, in the order they first were, for their retractions: a
   * retraction revokes them all, also those an amendment had dropped. Whoever may read them: for bulletins the
   * caller has just been allowed to read.
   */
  async everReleasedIndicators(bulletinIds: readonly string[]): Promise<Map<string, Indicator[]>> {
    const released = new Map<string, Indicator[]>();
    if (bulletinIds.length === 0) return released;
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('bulletin_releases as x')
          .innerJoin('bulletin_indicators as i', 'i.revision_id', 'x.revision_id')
          .where('x.bulletin_id', '=', (eb) => eb.fn.any(eb.val([...bulletinIds])))
          .where('x.type', '<>', BulletinEventType.RETRACTED)
          .groupBy(['x.bulletin_id', 'i.stix_id', 'i.type', 'i.value'])
          .select(['x.bulletin_id', 'i.type', 'i.value'])
          .orderBy('x.bulletin_id')
          .orderBy((eb) => eb.fn.min('x.sequence'))
          .orderBy((eb) => eb.fn.min('i.position'))
          .orderBy('i.stix_id')
          // A varchar that the write path fills with IndicatorType's labels only (normaliseIndicator).
          .$narrowType<{ type: IndicatorType }>(),
      ),
    );
    for (const { bulletin_id, type, value } of rows) {
      released.set(bulletin_id, [...(released.get(bulletin_id) ?? []), { type, value }]);
    }
    return released;
  }

  /**
   * The bulletins that reports', indicators' or vulnerabilities' ids belong to, whoever may read them, in one
   * statement: only to put refused attempts on the record (R15), never to answer with.
   */
  async bulletinsOfObjects(stixIds: readonly string[]): Promise<string[]> {
    const uuid = /^report--([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
    const reports = stixIds.flatMap((id) => uuid.exec(id)?.[1] ?? []);
    const pieces = stixIds.filter((id) => /^(indicator|vulnerability)--/.test(id));
    if (reports.length === 0 && pieces.length === 0) return [];
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('bulletins')
          .select('id as bulletin_id')
          .where('id', '=', (eb) => eb.fn.any(eb.val(reports)))
          .union((qc) =>
            qc
              .selectFrom('bulletin_indicators as i')
              .innerJoin('bulletin_revisions as r', 'r.id', 'i.revision_id')
              .select('r.bulletin_id')
              .where('i.stix_id', '=', (eb) => eb.fn.any(eb.val(pieces))),
          ),
      ),
    );
    return rows.map((row) => row.bulletin_id);
  }

  async page(viewer: ViewerContext, query: StixVersionQuery): Promise<StixVersionEntry[]> {
    const markings = tiersUpTo(viewer.active ? viewer.clearance : Tier.CLEAR);
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .with('released', (qc) => readableReleases(qc as unknown as Kysely<DB>, viewer, query))
          .with('entries', (qc) => {
            const reports = qc
              .selectFrom('released')
              .select((eb) => [
                'released.added_at',
                'released.sequence',
                eb.lit(REPORT_POSITION).as('position'),
                eb.fn<string>('concat', [text('report--'), 'released.bulletin_id']).as('stix_id'),
                text('report').as('stix_type'),
                'released.version',
                ...RELEASE_COLUMNS,
              ])
              .$castTo<EntryColumns>();
            const pieceType = (eb: ExpressionBuilder<{ i: DB['bulletin_indicators'] }, 'i'>) =>
              eb.case().when('i.type', '=', 'CVE').then(text('vulnerability')).else(text('indicator')).end();
            const pieces = qc
              .selectFrom('released')
              .innerJoin('bulletin_indicators as i', 'i.revision_id', 'released.revision_id')
              .where('released.release_type', '<>', BulletinEventType.RETRACTED)
              .select((eb) => [
                'released.added_at',
                'released.sequence',
                sql<number>`${REPORT_POSITION + 1} + ${eb.ref('i.position')}`.as('position'),
                'i.stix_id',
                pieceType(eb).as('stix_type'),
                'released.version',
                ...RELEASE_COLUMNS,
              ])
              .$castTo<EntryColumns>();
            // A retraction revokes every indicator the bulletin ever released, also those an amendment had dropped.
            const withdrawn = qc
              .selectFrom('released')
              .innerJoin('bulletin_releases as x', (join) =>
                join
                  .onRef('x.bulletin_id', '=', 'released.bulletin_id')
                  .on('x.type', '<>', BulletinEventType.RETRACTED),
              )
              .innerJoin('bulletin_indicators as i', 'i.revision_id', 'x.revision_id')
              .where('released.release_type', '=', BulletinEventType.RETRACTED)
              .groupBy([
                'released.added_at',
                'released.sequence',
                'i.stix_id',
                'i.type',
                'released.version',
                ...RELEASE_COLUMNS,
              ])
              .select((eb) => [
                'released.added_at',
                'released.sequence',
                sql<number>`${REPORT_POSITION} + row_number() over (partition by ${eb.ref('released.sequence')} order by min(${eb.ref('x.sequence')}), min(${eb.ref('i.position')}), ${eb.ref('i.stix_id')})`.as(
                  'position',
                ),
                'i.stix_id',
                pieceType(eb).as('stix_type'),
                'released.version',
                ...RELEASE_COLUMNS,
              ])
              .$castTo<EntryColumns>();
            const identities = qc
              .selectFrom('released')
              .innerJoin('organizations as g', (join) =>
                join.on((eb) => eb('g.id', '=', eb.fn.any('released.originator_org_ids'))),
              )
              .select((eb) => [
                'released.added_at',
                'released.sequence',
                sql<number>`${IDENTITY_POSITION} + array_position(${eb.ref('released.originator_org_ids')}, ${eb.ref('g.id')})`.as(
                  'position',
                ),
                eb.fn<string>('concat', [text('identity--'), 'g.id']).as('stix_id'),
                text('identity').as('stix_type'),
                'g.updated_at as version',
                ...RELEASE_COLUMNS,
              ])
              .$castTo<EntryColumns>();
            const definitions = markings.map((tier, position) =>
              qc
                .selectNoFrom((eb) => [
                  sql<Date>`${TLP_DEFINED_AT}::timestamptz`.as('added_at'),
                  sql<string>`0::bigint`.as('sequence'),
                  eb.lit(position).as('position'),
                  text(TLP_MARKING_IDS[tier]).as('stix_id'),
                  text('marking-definition').as('stix_type'),
                  sql<Date>`${TLP_DEFINED_AT}::timestamptz`.as('version'),
                  nullOf<string>('uuid').as('revision_id'),
                  nullOf<string>('uuid').as('bulletin_id'),
                  nullOf<BulletinEventType>('bulletin_event_type').as('release_type'),
                  sql<Tier>`${tier}::tier`.as('tier'),
                ])
                .$castTo<EntryColumns>(),
            );
            return definitions.reduce(
              (union, next) => union.unionAll(next),
              reports.unionAll(pieces).unionAll(withdrawn).unionAll(identities),
            );
          })
          .with('ranked', (qc) =>
            qc
              .selectFrom('entries')
              .selectAll()
              .select(rankOf(query.versions).as('rank'))
              .where((eb) => eb.and(objectFilters(query))),
          )
          .selectFrom('ranked')
          .select([
            'ranked.stix_id',
            'ranked.stix_type',
            isoText(entry.ref('ranked.version'), 'MS').as('version_text'),
            isoText(entry.ref('ranked.added_at'), 'US').as('date_added'),
            sql<string>`${entry.ref('ranked.added_at')}::text`.as('added_at_key'),
            sql<string>`${entry.ref('ranked.sequence')}::text`.as('sequence'),
            'ranked.position',
            'ranked.revision_id',
            'ranked.bulletin_id',
            'ranked.release_type',
            'ranked.tier',
          ])
          .where((eb) => eb.and(matching(query)))
          .orderBy('ranked.added_at')
          .orderBy('ranked.sequence')
          .orderBy('ranked.position')
          .limit(query.limit),
      ),
    );
    return rows.map((row) => ({
      stixId: row.stix_id,
      stixType: row.stix_type,
      version: row.version_text,
      dateAdded: row.date_added,
      key: { addedAt: row.added_at_key, sequence: row.sequence, position: Number(row.position) },
      revisionId: row.revision_id,
      bulletinId: row.bulletin_id,
      retraction: row.release_type === BulletinEventType.RETRACTED,
      tier: row.tier,
    }));
  }
}
