import type { TestApp } from './test-app';

export const TAXII_ACCEPT = 'application/taxii+json;version=2.1';

/** A credential as TAXII clients send one. */
export type TaxiiCredential =
  { readonly basic: string } | { readonly apiKey: string } | { readonly bearer: string } | { readonly none: true };

export interface TaxiiResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** GET a TAXII path (relative to /taxii2/) with a credential, as a TAXII client would. */
export async function taxiiGet<T = Record<string, unknown>>(
  t: TestApp,
  path: string,
  credential: TaxiiCredential,
  accept: string | null = TAXII_ACCEPT,
): Promise<TaxiiResponse<T>> {
  const headers: Record<string, string> = {};
  if (accept !== null) headers['accept'] = accept;
  if ('basic' in credential)
    headers['authorization'] = `Basic ${Buffer.from(`partner:${credential.basic}`).toString('base64')}`;
  if ('apiKey' in credential) headers['x-api-key'] = credential.apiKey;
  if ('bearer' in credential) headers['authorization'] = `Bearer ${credential.bearer}`;
  const response = await fetch(`${t.url}/taxii2/${path}`, { headers, redirect: 'manual' });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T };
}

/** An HTTP Basic `Authorization` value, for credentials `taxiiGet` does not make (no colon, an empty password). */
export function basicAuthorization(userPass: string): string {
  return `Basic ${Buffer.from(userPass).toString('base64')}`;
}

/** GET a TAXII path with exactly these headers (and TAXII's Accept): for what no client should send, like two credentials. */
export async function taxiiGetWithHeaders<T = Record<string, unknown>>(
  t: TestApp,
  path: string,
  headers: Record<string, string>,
): Promise<TaxiiResponse<T>> {
  const response = await fetch(`${t.url}/taxii2/${path}`, {
    headers: { accept: TAXII_ACCEPT, ...headers },
    redirect: 'manual',
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T };
}
