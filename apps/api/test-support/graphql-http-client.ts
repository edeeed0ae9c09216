export interface GraphqlError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors: GraphqlError[] | undefined;
}

export interface Credentials {
  token?: string;
  apiKey?: string;
  headers?: Record<string, string>;
}

/** A plain GraphQL-over-HTTP client, as a partner system would write one. */
export class GraphqlHttpClient {
  constructor(readonly endpoint: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    credentials: Credentials = {},
  ): Promise<GraphqlResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...credentials.headers };
    if (credentials.token) headers['authorization'] = `Bearer ${credentials.token}`;
    if (credentials.apiKey) headers['x-api-key'] = credentials.apiKey;
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
  }

  /** The data of a request that must succeed; throws with the errors otherwise. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    credentials: Credentials = {},
  ): Promise<T> {
    const response = await this.request<T>(query, variables, credentials);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  /** The error code of a request that must fail. */
  async errorCode(
    query: string,
    variables: Record<string, unknown> = {},
    credentials: Credentials = {},
  ): Promise<string | undefined> {
    const response = await this.request(query, variables, credentials);
    if (!response.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
    return response.errors[0]?.extensions?.code;
  }
}
