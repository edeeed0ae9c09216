import { median, type ResultRow } from '../results-table';
import { TAXII_PAGE } from './feed-read.scenario';

/** The collection every caller has (modules/taxii READABLE_COLLECTION_ID): fixed on every server. */
const READABLE_COLLECTION = '878c243c-7289-58af-a711-7b7689a23496';
const REQUESTS = 10;

/**
 * A TAXII client's first page of everything the clerk may read, one request at a time through the API (the
 * median of REQUESTS after one warm-up): beside the page's SQL alone in the same run, where its time goes.
 */
export async function taxiiPageThroughApi(url: string, token: string, target: string): Promise<ResultRow> {
  const page = `${url}/taxii2/api/collections/${READABLE_COLLECTION}/objects/?limit=${TAXII_PAGE}`;
  const headers = { accept: 'application/taxii+json;version=2.1', authorization: `Bearer ${token}` };
  const times: number[] = [];
  let objects = 0;
  for (let i = 0; i <= REQUESTS; i++) {
    const started = performance.now();
    const res = await fetch(page, { headers });
    const body = (await res.json()) as { objects?: unknown[] };
    if (res.status !== 200) throw new Error(`TAXII page answered ${res.status}`);
    objects = body.objects?.length ?? 0;
    if (i > 0) times.push(Math.round((performance.now() - started) * 10) / 10);
  }
  return {
    scenario: `TAXII page of ${TAXII_PAGE} objects through the API, single requests (median of ${REQUESTS})`,
    target,
    p50Ms: median(times),
    note: `${objects} objects served`,
  };
}
