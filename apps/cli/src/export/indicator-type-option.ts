import type { IndicatorType } from '@bulwark/client';
import { InvalidArgumentError } from 'commander';
import { enumValue, INDICATOR_TYPES } from '../bulletins/bulletin-enums';

const TYPES: readonly IndicatorType[] = INDICATOR_TYPES;

/** `--indicator-type IPV4,CIDR` and `--indicator-type ipv4 --indicator-type cidr` alike. */
export function collectIndicatorTypes(text: string, previous: IndicatorType[] = []): IndicatorType[] {
  const parts = text.split(',').filter((part) => part.trim() !== '');
  if (parts.length === 0) throw new InvalidArgumentError(`expected one of ${TYPES.join(', ')}.`);
  return [
    ...previous,
    ...parts.map((part) => {
      const type = enumValue(TYPES, part);
      if (!type) throw new InvalidArgumentError(`"${part.trim()}" is not one of ${TYPES.join(', ')}.`);
      return type;
    }),
  ];
}
