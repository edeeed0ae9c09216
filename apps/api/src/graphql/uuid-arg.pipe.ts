import { ParseUUIDPipe } from '@nestjs/common';
import { badInput } from '@api/common/app-errors';

/** For `id` arguments: a malformed id is the caller's mistake (BAD_USER_INPUT), never a database error. */
export const UuidArg = new ParseUUIDPipe({
  exceptionFactory: () => badInput('id must be a UUID.', [{ field: 'id', problems: ['not a UUID'] }]),
});
