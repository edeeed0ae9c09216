import type { BulletinEventFilter, BulletinFilter } from '@bulwark/client';
import { type Command, InvalidArgumentError } from 'commander';
import { CATEGORIES, enumValue, EVENT_TYPES, SEVERITIES, STATUSES, TIERS } from './bulletin-enums';

/** Repeatable and comma-separated: `--tier AMBER --tier RED` and `--tier AMBER,RED` alike. */
function collectEnum<T extends string>(values: readonly T[]) {
  return (text: string, previous: T[] = []): T[] => [
    ...previous,
    ...text
      .split(',')
      .filter((part) => part.trim() !== '')
      .map((part) => {
        const value = enumValue(values, part);
        if (!value) throw new InvalidArgumentError(`expected one of ${values.join(', ')}.`);
        return value;
      }),
  ];
}

function collectText(text: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  ];
}

function oneEnum<T extends string>(values: readonly T[]) {
  return (text: string): T => {
    const value = enumValue(values, text);
    if (!value) throw new InvalidArgumentError(`expected one of ${values.join(', ')}.`);
    return value;
  };
}

function upperCaseCodes(text: string, previous: string[] = []): string[] {
  return collectText(text, previous).map((code) => {
    if (!/^[A-Za-z]{2}$/.test(code)) throw new InvalidArgumentError('expected a two-letter state code, e.g. GA.');
    return code.toUpperCase();
  });
}

export function positiveInteger(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < 1)
    throw new InvalidArgumentError('expected a whole number of at least 1.');
  return value;
}

function dateTime(text: string): string {
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new InvalidArgumentError('expected a date, e.g. 2026-11-01 or 2026-11-01T12:00:00Z.');
  return new Date(time).toISOString();
}

interface AudienceFilterOptions {
  tier?: BulletinFilter['tiers'];
  severity?: BulletinFilter['minSeverity'];
  category?: BulletinFilter['categories'];
  jurisdiction?: string[];
  state?: string[];
  tag?: string[];
}

export interface ListFilterOptions extends AudienceFilterOptions {
  since?: string;
  until?: string;
  status?: BulletinFilter['statuses'];
  indicator?: string;
  limit?: number;
}

export interface EventFilterOptions extends AudienceFilterOptions {
  type?: BulletinEventFilter['types'];
}

function addAudienceFilterOptions(command: Command): Command {
  return command
    .option(
      '--tier <tier>',
      `only these tiers (${TIERS.join(', ')}); repeat or separate with commas`,
      collectEnum(TIERS),
    )
    .option('--severity <severity>', `this severity and above (${SEVERITIES.join(', ')})`, oneEnum(SEVERITIES))
    .option('--category <category>', `only these categories (${CATEGORIES.join(', ')})`, collectEnum(CATEGORIES))
    .option('--jurisdiction <code>', 'bulletins for these states (plus national ones), e.g. GA', upperCaseCodes)
    .option('--state <code>', 'the same as --jurisdiction', upperCaseCodes)
    .option('--tag <tag>', 'only bulletins with one of these tags', collectText);
}

/** The filters of `bulletins list`, `search` and `export`. */
export function addListFilterOptions(command: Command, defaultLimit?: number): Command {
  return addAudienceFilterOptions(command)
    .option('--since <date>', 'published at or after this date', dateTime)
    .option('--until <date>', 'published before this date', dateTime)
    .option('--status <status>', `these statuses (default PUBLISHED): ${STATUSES.join(', ')}`, collectEnum(STATUSES))
    .option('--indicator <value>', 'bulletins naming this indicator (an IP also finds CIDR blocks holding it)')
    .option(
      '--limit <n>',
      defaultLimit ? `at most n bulletins (default ${defaultLimit})` : 'at most n bulletins (default: all)',
      positiveInteger,
    );
}

/** The filters of `tail`. */
export function addEventFilterOptions(command: Command): Command {
  return addAudienceFilterOptions(command).option(
    '--type <type>',
    `only these events (${EVENT_TYPES.join(', ')})`,
    collectEnum(EVENT_TYPES),
  );
}

function jurisdictions(options: AudienceFilterOptions): string[] | undefined {
  const all = [...(options.jurisdiction ?? []), ...(options.state ?? [])];
  return all.length ? [...new Set(all)] : undefined;
}

function nonEmpty<T>(values: T[] | undefined | null): T[] | undefined {
  return values && values.length ? values : undefined;
}

export function bulletinFilter(options: ListFilterOptions): BulletinFilter {
  const filter: BulletinFilter = {};
  if (nonEmpty(options.tier)) filter.tiers = options.tier;
  if (options.severity) filter.minSeverity = options.severity;
  if (nonEmpty(options.category)) filter.categories = options.category;
  const states = jurisdictions(options);
  if (states) filter.jurisdictions = states;
  if (nonEmpty(options.tag)) filter.tags = options.tag;
  if (options.since) filter.publishedAfter = options.since;
  if (options.until) filter.publishedBefore = options.until;
  if (nonEmpty(options.status)) filter.statuses = options.status;
  if (options.indicator) filter.indicator = options.indicator;
  return filter;
}

export function eventFilter(options: EventFilterOptions): BulletinEventFilter {
  const filter: BulletinEventFilter = {};
  if (nonEmpty(options.tier)) filter.tiers = options.tier;
  if (options.severity) filter.minSeverity = options.severity;
  if (nonEmpty(options.category)) filter.categories = options.category;
  const states = jurisdictions(options);
  if (states) filter.jurisdictions = states;
  if (nonEmpty(options.tag)) filter.tags = options.tag;
  if (nonEmpty(options.type)) filter.types = options.type;
  return filter;
}
