import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** Bulwark's own JSON Schemas of STIX 2.1 (libs/stix/schemas/README.md says what they check and what they do not). */
const SCHEMA_DIR = join(__dirname, '../../schemas');
const SCHEMA_BASE = 'https://bulwark.invalid/schemas/stix-2.1/';

/** What the schemas describe: a bundle and the object types Bulwark writes. */
export const STIX_SCHEMA_TYPES = ['bundle', 'identity', 'indicator', 'marking-definition', 'report', 'vulnerability'];

type Json = Record<string, unknown>;

let validators: ReadonlyMap<string, ValidateFunction> | undefined;

/** Compiled once per test file: every schema file is loaded, so references between them resolve. */
function validatorFor(type: string): ValidateFunction | undefined {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    addFormats(ajv);
    for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.json')))
      ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as Json);
    validators = new Map(
      STIX_SCHEMA_TYPES.map((name) => {
        const validate = ajv.getSchema(`${SCHEMA_BASE}${name}.json`);
        if (!validate) throw new Error(`No STIX schema for ${name} in ${SCHEMA_DIR}`);
        return [name, validate];
      }),
    );
  }
  return validators.get(type);
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every way `value` (one STIX object, or a bundle) breaks STIX 2.1, one readable line each, naming the object and
 * the property: the schemas' verdict, then the rules a schema cannot express. Empty when it is valid.
 */
export function stixProblems(value: unknown): string[] {
  if (!isObject(value) || typeof value['type'] !== 'string') return ['(root): not a STIX object or bundle (no type)'];
  const validate = validatorFor(value['type']);
  if (!validate) return [`(root): type "${value['type']}" is none of ${STIX_SCHEMA_TYPES.join(', ')}`];
  const problems = validate(value) ? [] : readable(validate.errors ?? []).map((error) => describe(value, error));
  const objects: unknown[] = value['type'] === 'bundle' && Array.isArray(value['objects']) ? value['objects'] : [value];
  objects.forEach((object, index) => {
    if (isObject(object)) problems.push(...crossPropertyProblems(object, object === value ? '' : `objects/${index} `));
  });
  return [...new Set(problems)];
}

/** Fails with every problem `stixProblems` finds, or passes. */
export function expectValidStix(value: unknown): void {
  const problems = stixProblems(value);
  if (problems.length > 0) throw new Error(`Not valid STIX 2.1:\n  ${problems.join('\n  ')}`);
}

/**
 * Ajv's errors without their echoes: no "must match then schema", no inner errors of a property name (the outer one
 * names it), and "must have one of 'a', 'b'" for alternatives that each require one property.
 */
function readable(errors: readonly ErrorObject[]): ErrorObject[] {
  const kept = errors.filter((error) => error.keyword !== 'if' && error.propertyName === undefined);
  const inside = (outer: ErrorObject) => (error: ErrorObject) =>
    error !== outer && error.instancePath === outer.instancePath && error.schemaPath.startsWith(`${outer.schemaPath}/`);
  return kept.flatMap((error) => {
    if (error.keyword === 'propertyNames')
      return [{ ...error, message: 'is neither a STIX 2.1 property of this object nor an x_ custom property' }];
    const alternatives = kept.filter((other) => other.keyword === 'anyOf' && inside(other)(error));
    if (error.keyword === 'required' && alternatives.length > 0) return [];
    if (error.keyword !== 'anyOf') return [error];
    const required = kept.filter(inside(error)).map((other) => other.params['missingProperty'] as unknown);
    if (required.some((name) => name === undefined)) return [error];
    return [{ ...error, message: `must have one of ${required.map((name) => `'${String(name)}'`).join(', ')}` }];
  });
}

/** `objects/2 (indicator indicator--…) /: must have required property 'pattern_type'`. */
function describe(root: Json, error: ErrorObject): string {
  const [, index, rest] = /^\/objects\/(\d+)(.*)$/.exec(error.instancePath) ?? [];
  const where =
    index === undefined
      ? `${label(root)} ${error.instancePath || '/'}`
      : `objects/${index} ${label((root['objects'] as unknown[])[Number(index)])} ${rest || '/'}`;
  return `${where}: ${error.message ?? error.keyword}${detail(error.params)}`;
}

const label = (object: unknown) =>
  isObject(object) ? `(${String(object['type'])} ${String(object['id'])})` : '(not an object)';

function detail(params: Record<string, unknown>): string {
  for (const key of ['propertyName', 'additionalProperty', 'allowedValue', 'allowedValues'])
    if (key in params) return ` (${JSON.stringify(params[key])})`;
  return '';
}

/** A timestamp as a string that sorts by time: the fraction padded, so `…00.1Z` and `…00.100Z` compare equal. */
function instant(value: unknown): string | null {
  const parts = typeof value === 'string' ? /^(.{19})(?:\.(\d+))?Z$/.exec(value) : null;
  return parts ? `${parts[1]}.${(parts[2] ?? '').padEnd(12, '0')}` : null;
}

/** The STIX 2.1 MUSTs that relate two properties, which JSON Schema cannot compare. */
function crossPropertyProblems(object: Json, where: string): string[] {
  const at = `${where}${label(object)}`;
  const problems: string[] = [];
  const { type, id, created, modified, valid_from: validFrom, valid_until: validUntil } = object;
  if (typeof type === 'string' && typeof id === 'string' && !id.startsWith(`${type}--`))
    problems.push(`${at} /id: must start with its type, "${type}--" (2.9)`);
  const [first, last] = [instant(created), instant(modified)];
  if (first && last && last < first) problems.push(`${at} /modified: must not be earlier than created (3.2, 3.6.1)`);
  const [from, until] = [instant(validFrom), instant(validUntil)];
  if (from && until && until <= from) problems.push(`${at} /valid_until: must be later than valid_from (4.7.1)`);
  const markings = object['object_marking_refs'];
  if (Array.isArray(markings) && markings.includes(id))
    problems.push(`${at} /object_marking_refs: must not refer to the object itself (3.2)`);
  return problems;
}
