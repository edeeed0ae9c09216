import { registerEnumType } from '@nestjs/graphql';

/** How a bulletin list is ordered. */
export enum BulletinOrder {
  NEWEST = 'NEWEST',
  RELEVANCE = 'RELEVANCE',
}

/** How many of the newest matches RELEVANCE ranks: ranking every match of a common word does not scale. */
export const RELEVANCE_WINDOW = 500;

registerEnumType(BulletinOrder, {
  name: 'BulletinOrder',
  valuesMap: {
    NEWEST: { description: 'Newest first (by listing time). The default, with or without a search.' },
    RELEVANCE: {
      description:
        `Needs filter.search. The ${RELEVANCE_WINDOW.toLocaleString('en-US')} newest matches, most relevant first ` +
        '(then newest). Older matches are not reached in this order: page with NEWEST to see every match.',
    },
  },
});
