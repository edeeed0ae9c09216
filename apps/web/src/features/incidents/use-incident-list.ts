import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { IncidentReportFilter } from '@web/graphql/generated/graphql';
import { INCIDENT_LIST } from './incident-query';
import { useCoalescedReread, useLiveIncidents } from './use-live-incidents';

/**
 * A list of reports as the API answers for this viewer, newest first, kept current: each incident event (a new
 * report, a take, a status change, a comment) reads the list again, so statuses and new reports appear without a
 * reload and whatever the viewer may no longer read leaves it.
 */
export function useIncidentList(filter: IncidentReportFilter) {
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(INCIDENT_LIST, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  // While a new filter's answer is on its way, keep the last list rather than flash an empty page.
  const shown = data ?? previousData;
  const reread = useCoalescedReread(refetch);
  const live = useLiveIncidents({
    since: shown?.latestIncidentEventSequence ?? null,
    onEvent: reread,
    onExpired: reread,
  });
  const [more, setMore] = useState(false);
  const connection = shown?.incidentReports;

  const showMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          incidentReports: {
            ...fetchMoreResult.incidentReports,
            edges: [...previous.incidentReports.edges, ...fetchMoreResult.incidentReports.edges],
          },
        }),
      });
    } finally {
      setMore(false);
    }
  };

  return {
    items: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loaded: shown !== undefined,
    loading,
    error,
    reread,
    live,
    more,
    showMore,
  };
}
