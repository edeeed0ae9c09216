import { isJurisdictionCode } from '@bulwark/domain';
import { Matches, registerDecorator, type ValidationOptions } from 'class-validator';

export const SHORT_NAME = /^[A-Z][A-Z0-9-]{1,23}$/;

export const IsShortName = () =>
  Matches(SHORT_NAME, {
    message: 'shortName must be 2 to 24 upper-case letters, digits or dashes, starting with a letter',
  });

/** A US state, DC or territory postal code. */
export function IsJurisdiction(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isJurisdiction',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be a US state, DC or territory code, e.g. GA`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isJurisdictionCode(value) },
    });
}
