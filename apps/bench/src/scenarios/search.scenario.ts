import type { Community } from '../generate';
import { SEARCH_SELECTION, SEARCH_WORDS } from './feed-read.scenario';
import type { ReadCase } from './read-load';

const SEARCH_QUERY = `query Search($filter: BulletinFilter) { bulletins(first: 20, filter: $filter) ${SEARCH_SELECTION} }`;

/**
 * Search under the policy, as the clerk: words ranked by relevance (full text), and an indicator (an IP, which
 * also matches CIDR blocks that contain it; and a domain). The indicators are ones the generator wrote.
 */
export function searchCases(community: Community, quick: boolean): ReadCase[] {
  const body = (filter: Record<string, string>) => JSON.stringify({ query: SEARCH_QUERY, variables: { filter } });
  const cases: ReadCase[] = [
    { key: 'search-text', label: 'search, full text', body: body({ search: SEARCH_WORDS }) },
    {
      key: 'search-ip',
      label: 'search, indicator IPv4',
      body: body({ indicator: community.sampleIndicators.ipv4 }),
    },
  ];
  // The quick run keeps to one indicator type to stay under its time budget.
  if (!quick) {
    cases.push({
      key: 'search-domain',
      label: 'search, indicator domain',
      body: body({ indicator: community.sampleIndicators.domain }),
    });
  }
  return cases;
}
