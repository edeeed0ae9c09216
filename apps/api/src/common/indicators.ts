import { detectIndicatorType, type IndicatorType, type NormalisedIndicator, normaliseIndicator } from '@bulwark/domain';
import { badInput, type FieldProblem } from './app-errors';

/** An indicator as a caller typed it: a bulletin's or an incident report's. */
export interface RawIndicator {
  readonly type: IndicatorType;
  readonly value: string;
}

/**
 * Validates and normalises every indicator (libs/domain normaliseIndicator), dropping repeats; one bad value
 * refuses the whole write, naming each problem.
 */
export function normaliseIndicators(inputs: readonly RawIndicator[]): NormalisedIndicator[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const indicators: NormalisedIndicator[] = [];
  inputs.forEach((input, i) => {
    const result = normaliseIndicator(input.type, input.value);
    if (!result.ok) {
      problems.push({ field: `indicators.${i}.value`, problems: [result.problem] });
      return;
    }
    const key = `${result.indicator.type}:${result.indicator.value}`;
    if (!seen.has(key)) indicators.push(result.indicator);
    seen.add(key);
  });
  if (problems.length > 0) {
    throw badInput(
      `Invalid indicators: ${problems.map((p) => `${p.field}: ${p.problems.join(', ')}`).join('; ')}`,
      problems,
    );
  }
  return indicators;
}

/** An indicator searched for: its stored form, and for an IP the address that CIDR blocks are matched against. */
export interface IndicatorQuery {
  readonly value: string;
  readonly network: string | null;
}

/** An indicator search term, normalised the way stored indicators are (defanged forms included). */
export function indicatorQuery(raw: string): IndicatorQuery {
  const type = detectIndicatorType(raw);
  if (type) {
    const result = normaliseIndicator(type, raw);
    if (result.ok) return { value: result.indicator.value, network: result.indicator.network };
  }
  return { value: raw.trim().toLowerCase(), network: null };
}
