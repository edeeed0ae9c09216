import { useApolloClient } from '@apollo/client/react';
import { useMemo } from 'react';
import { toApiError } from '@web/api/to-api-error';
import { CREATE_DRAFT, DRAFT_FOR_EDITING, type DraftBulletin, SUBMIT_DRAFT, UPDATE_DRAFT } from './compose-query';
import type { DraftApi } from './use-draft-autosave';

function answer<T>(data: T | null | undefined): T {
  if (data === null || data === undefined) throw toApiError(null);
  return data;
}

/** The editor's calls through Apollo; every failure comes back as an ApiError with the API's code. */
export function useDraftApi(): DraftApi {
  const client = useApolloClient();
  return useMemo<DraftApi>(() => {
    const fail = (caught: unknown): never => {
      throw toApiError(caught);
    };
    return {
      create: (input) =>
        client
          .mutate({ mutation: CREATE_DRAFT, variables: { input } })
          .then((result): DraftBulletin => answer(result.data?.createBulletin), fail),
      update: (input) =>
        client
          .mutate({ mutation: UPDATE_DRAFT, variables: { input } })
          .then((result): DraftBulletin => answer(result.data?.updateBulletin), fail),
      fetch: (id) =>
        client
          .query({ query: DRAFT_FOR_EDITING, variables: { id }, fetchPolicy: 'network-only' })
          .then((result) => result.data?.bulletin ?? null, fail),
      submit: (input) =>
        client
          .mutate({ mutation: SUBMIT_DRAFT, variables: { input } })
          .then((result): DraftBulletin => answer(result.data?.submitBulletin), fail),
    };
  }, [client]);
}
