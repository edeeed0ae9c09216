import type { Response } from 'express';
import { TAXII_MEDIA_TYPE } from './taxii-media';

/** TAXII 2.1's error resource (section 3.6.1). */
export interface TaxiiErrorBody {
  readonly title: string;
  readonly description?: string;
  readonly error_id?: string;
  readonly http_status: string;
}

/** What a 401 names: the key goes as the Basic password, or in X-Api-Key, or a token as Bearer. */
export const TAXII_CHALLENGE = 'Basic realm="Bulwark TAXII", charset="UTF-8"';

/** Writes a TAXII error resource with its status, in TAXII's media type. */
export function sendTaxiiError(
  res: Response,
  status: number,
  title: string,
  description?: string,
  extra: { readonly requestId?: string; readonly headers?: Record<string, string> } = {},
): void {
  const body: TaxiiErrorBody = {
    title,
    ...(description && { description }),
    ...(extra.requestId && { error_id: extra.requestId }),
    http_status: String(status),
  };
  res
    .status(status)
    .set({
      ...(status === 401 && { 'WWW-Authenticate': TAXII_CHALLENGE }),
      ...extra.headers,
      'Content-Type': TAXII_MEDIA_TYPE,
    })
    .end(JSON.stringify(body));
}
