import { useState } from 'react';

/**
 * Cursor paging one page at a time, as the API's connections page: the cursors of the pages before this one are
 * kept, so "Previous" goes back without refetching from the start.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  return {
    after,
    pageNumber: cursors.length,
    next: (endCursor: string | null | undefined) => {
      if (endCursor) setCursors((list) => [...list, endCursor]);
    },
    previous: () => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)),
    reset: () => setCursors([null]),
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;
