import { type ASTNode, GraphQLError } from 'graphql';
import { AppError, ErrorCode } from '@api/common/app-errors';

/**
 * A document refused before it runs. Over HTTP the error formatter answers it from the AppError inside
 * (QUERY_TOO_COMPLEX, status 400); the plain `code` extension serves anything that reads the error directly.
 */
export function tooComplex(message: string, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    originalError: new AppError(ErrorCode.QUERY_TOO_COMPLEX, message),
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400, headers: new Map<string, string>() } },
  });
}
