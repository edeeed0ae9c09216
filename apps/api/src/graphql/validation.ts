import type { ValidationError, ValidationPipeOptions } from '@nestjs/common';
import { badInput, type FieldProblem } from '@api/common/app-errors';

function problems(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...problems(error.children ?? [], field)];
  });
}

/** Inputs are validated at the edge; a failure is BAD_USER_INPUT naming each field, and nothing runs. */
export const validationPipeOptions: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  stopAtFirstError: false,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => {
    const fields = problems(errors);
    // class-validator's messages already name the property.
    return badInput(`Invalid input: ${fields.flatMap((f) => f.problems).join('; ')}`, fields);
  },
};
