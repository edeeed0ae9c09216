import { useEffect, useMemo } from 'react';

/** How long a draft that left the list (published, or retracted since) is still shown there. */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_KEPT = 20;
const SHOWN = 10;

interface Seen {
  readonly id: string;
  /** When this browser last saw it in the list of drafts (ms since the epoch). */
  readonly at: number;
}

function read(key: string): Seen[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is Seen =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as Seen).id === 'string' &&
        typeof (entry as Seen).at === 'number',
    );
  } catch {
    return [];
  }
}

/**
 * The writer's own drafts that this browser saw in the list and that have left it since: the API lists drafts and
 * drafts in review only, and has no "written by me" filter for published bulletins, so the page remembers ids (never
 * content) per user, and asks the API what each has become. Only ids are kept; the API decides what is shown.
 */
export function useSentDrafts(
  viewerId: string | null,
  drafts:
    readonly { readonly id: string; readonly review?: { readonly author: { readonly id: string } } | null }[] | null,
): string[] {
  const key = viewerId ? `bulwark.sent-drafts.${viewerId}` : null;
  // Read again each time the list is answered, so a draft published meanwhile shows at once.
  const remembered = useMemo(() => (key && drafts ? read(key) : []), [key, drafts]);

  useEffect(() => {
    if (!key || !drafts) return;
    const now = Date.now();
    const mine = drafts.filter((draft) => draft.review?.author.id === viewerId).map((draft) => draft.id);
    const kept = new Map(remembered.filter((entry) => now - entry.at < KEEP_MS).map((entry) => [entry.id, entry.at]));
    for (const id of mine) kept.set(id, now);
    const entries = [...kept.entries()]
      .map(([id, at]) => ({ id, at }))
      .sort((a, b) => b.at - a.at)
      .slice(0, MAX_KEPT);
    try {
      window.localStorage.setItem(key, JSON.stringify(entries));
    } catch {
      // storage full or refused: the list still shows the drafts themselves
    }
  }, [key, drafts, remembered, viewerId]);

  if (!drafts) return [];
  const listed = new Set(drafts.map((draft) => draft.id));
  return remembered
    .filter((entry) => !listed.has(entry.id))
    .slice(0, SHOWN)
    .map((entry) => entry.id);
}
