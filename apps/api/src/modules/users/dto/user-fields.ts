import { Role } from '@bulwark/domain';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum } from 'class-validator';

/** A non-empty set of roles, each known. */
export function IsRoleSet(): PropertyDecorator {
  return (target: object, property: string | symbol) => {
    ArrayMinSize(1)(target, property);
    ArrayMaxSize(Object.keys(Role).length)(target, property);
    ArrayUnique()(target, property);
    IsEnum(Role, { each: true })(target, property);
  };
}

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
