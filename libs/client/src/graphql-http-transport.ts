import { apiErrorCodeOf, BulwarkError, type BulwarkErrorCode } from './errors';

/** The code a bare HTTP status stands for when the answer carries no GraphQL error. */
function codeOfStatus(status: number): BulwarkErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'INTERNAL';
  if (status >= 400) return 'BAD_USER_INPUT';
  return 'INTERNAL';
}

interface GraphqlErrorBody {
  message?: unknown;
  extensions?: unknown;
}

interface GraphqlResponseBody {
  data?: unknown;
  errors?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface GraphqlHttpTransportOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:3000/graphql */
  endpoint: string;
  fetch: typeof fetch;
  userAgent?: string;
}

/** One GraphQL operation over HTTP POST; every failure becomes a BulwarkError. */
export class GraphqlHttpTransport {
  constructor(private readonly options: GraphqlHttpTransportOptions) {}

  async execute<R>(query: string, variables: unknown, credentials: Record<string, string>): Promise<R> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      // GraphQL over HTTP: a document that does not validate is a 4xx; the body says why either way.
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...credentials,
    };
    if (this.options.userAgent) headers['user-agent'] = this.options.userAgent;
    let response: Response;
    try {
      response = await this.options.fetch(this.options.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: variables ?? {} }),
      });
    } catch (cause) {
      throw new BulwarkError('NETWORK', `Could not reach ${this.options.endpoint}.`, { cause });
    }
    const body = await readJson(response);
    const requestId = response.headers.get('x-request-id') ?? undefined;
    const errors = Array.isArray(body?.errors) ? (body.errors as GraphqlErrorBody[]) : [];
    const [first] = errors;
    if (first) throw errorOf(first, response, requestId);
    if (!body) {
      // Not GraphQL's JSON: a proxy, a load balancer or another server answered. Only its rate limit means more.
      const code = response.status === 429 ? 'RATE_LIMITED' : 'NETWORK';
      throw new BulwarkError(code, `The server answered ${response.status} without a GraphQL response.`, {
        status: response.status,
        requestId,
        extensions: retryAfterOf(response),
      });
    }
    if (!isRecord(body.data)) {
      const code = response.ok ? 'INTERNAL' : codeOfStatus(response.status);
      throw new BulwarkError(code, 'The server answered without data.', { status: response.status, requestId });
    }
    return body.data as R;
  }
}

async function readJson(response: Response): Promise<GraphqlResponseBody | undefined> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw new BulwarkError('NETWORK', 'The connection failed while reading the answer.', {
      cause,
      status: response.status,
    });
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function retryAfterOf(response: Response): Record<string, unknown> {
  const header = response.headers.get('retry-after');
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) ? { retryAfterSeconds: seconds } : {};
}

function errorOf(error: GraphqlErrorBody, response: Response, headerRequestId: string | undefined): BulwarkError {
  const extensions: Record<string, unknown> = {
    ...retryAfterOf(response),
    ...(isRecord(error.extensions) ? error.extensions : {}),
  };
  const code: BulwarkErrorCode =
    apiErrorCodeOf(extensions) ?? (response.ok ? 'INTERNAL' : codeOfStatus(response.status));
  const requestId = typeof extensions['requestId'] === 'string' ? extensions['requestId'] : headerRequestId;
  const message = typeof error.message === 'string' ? error.message : `The server answered ${code}.`;
  return new BulwarkError(code, message, { status: response.status, requestId, extensions });
}
