/**
 * The live list: pages of bulletins from the API merged with the stream of publications, amendments and
 * retractions. Pure (state + action → state), so every rule below is a unit test.
 *
 * - A bulletin on screen that changes is replaced where it is, marked "Amended" or "Retracted".
 * - Anything else waits in `pending` (the "3 new bulletins" bar) until the reader asks for it: nothing moves under
 *   the reader's eyes. Shown, the pending ones go to the top, newest first, and the first of them takes the focus.
 * - A bulletin's `version` increases on every change: an event carrying an older version than the one held is
 *   stale (out of order, or already in the page that was loaded after the stream's starting point) and is ignored;
 *   the same version again is a duplicate unless it comes with a later `sequence` (the last one wins).
 */

export type LiveEventType = 'PUBLISHED' | 'AMENDED' | 'RETRACTED';

/** What the reader is told about an item since the page was loaded. */
export type LiveMark = 'new' | 'amended' | 'retracted';

export interface Versioned {
  readonly id: string;
  readonly version: number;
}

export interface LiveEvent<B extends Versioned> {
  readonly sequence: number;
  readonly type: LiveEventType;
  readonly bulletin: B;
}

export interface ListEntry<B extends Versioned> {
  readonly bulletin: B;
  readonly mark: LiveMark | null;
  /** The sequence of the last event applied to it; null while it is as the page gave it. */
  readonly sequence: number | null;
}

export interface PendingEntry<B extends Versioned> {
  readonly bulletin: B;
  readonly mark: LiveMark;
  /** When it first arrived: pending entries keep this order (oldest first) whatever happens to them later. */
  readonly arrival: number;
  readonly sequence: number;
  /**
   * Whether it first came as a publication, so the loaded count does not include it yet. Kept whatever happens to
   * it while it waits: published then retracted is still one more bulletin in a list that keeps retracted ones.
   */
  readonly uncounted: boolean;
}

export interface Page<B extends Versioned> {
  readonly bulletins: readonly B[];
  readonly totalCount: number;
  /** False when the API stopped counting at its cap: totalCount is then a lower bound. Default true. */
  readonly totalCountIsExact?: boolean;
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

export interface LiveFeedState<B extends Versioned> {
  /** On screen, in display order. */
  readonly items: readonly ListEntry<B>[];
  /** Waiting behind the "new bulletins" bar, oldest arrival first. */
  readonly pending: readonly PendingEntry<B>[];
  readonly totalCount: number;
  /** False when totalCount is a lower bound ("1,000+"). */
  readonly totalCountIsExact: boolean;
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
  /** Whether the first page has arrived. */
  readonly loaded: boolean;
  /** The item to give keyboard focus after the pending ones were shown; `token` changes each time. */
  readonly focus: { readonly id: string; readonly token: number } | null;
}

export type LiveFeedAction<B extends Versioned> =
  | { readonly type: 'pageLoaded'; readonly page: Page<B>; readonly append: boolean }
  | { readonly type: 'event'; readonly event: LiveEvent<B> }
  | { readonly type: 'showPending' };

export function initialLiveFeed<B extends Versioned>(): LiveFeedState<B> {
  return {
    items: [],
    pending: [],
    totalCount: 0,
    totalCountIsExact: true,
    endCursor: null,
    hasNextPage: false,
    loaded: false,
    focus: null,
  };
}

/** Whether an event (or a freshly loaded copy) should replace what is held. */
function isNewer(
  held: { bulletin: Versioned; sequence: number | null },
  incoming: Versioned,
  sequence: number | null,
): boolean {
  if (incoming.version !== held.bulletin.version) return incoming.version > held.bulletin.version;
  return sequence !== null && held.sequence !== null && sequence > held.sequence;
}

function markFor(type: LiveEventType, previous: LiveMark | null, onScreen: boolean): LiveMark | null {
  if (type === 'RETRACTED') return 'retracted';
  if (type === 'AMENDED') return !onScreen && previous === 'new' ? 'new' : 'amended';
  // PUBLISHED: new to the reader unless it is already on screen (then it keeps what it had).
  return onScreen ? previous : 'new';
}

function applyEvent<B extends Versioned>(state: LiveFeedState<B>, event: LiveEvent<B>): LiveFeedState<B> {
  const { bulletin, sequence, type } = event;
  const index = state.items.findIndex((entry) => entry.bulletin.id === bulletin.id);
  const onScreen = state.items[index];
  if (onScreen) {
    if (!isNewer(onScreen, bulletin, sequence)) return state;
    const items = [...state.items];
    items[index] = { bulletin, sequence, mark: markFor(type, onScreen.mark, true) };
    return { ...state, items };
  }
  const pendingIndex = state.pending.findIndex((entry) => entry.bulletin.id === bulletin.id);
  const waiting = state.pending[pendingIndex];
  if (waiting) {
    if (!isNewer(waiting, bulletin, sequence)) return state;
    const pending = [...state.pending];
    pending[pendingIndex] = { ...waiting, bulletin, sequence, mark: markFor(type, waiting.mark, false) ?? 'new' };
    return { ...state, pending };
  }
  const mark = markFor(type, null, false) ?? 'new';
  const entry: PendingEntry<B> = { bulletin, mark, sequence, arrival: sequence, uncounted: type === 'PUBLISHED' };
  return { ...state, pending: [...state.pending, entry] };
}

/**
 * A page from the API. The first one replaces the list; later ones ("Load more") are appended, skipping what is
 * already on screen. A bulletin that was waiting in `pending` and is now on screen leaves `pending`, and if the
 * waiting copy is newer it replaces the loaded one in place, with its mark.
 */
function applyPage<B extends Versioned>(state: LiveFeedState<B>, page: Page<B>, append: boolean): LiveFeedState<B> {
  const items: ListEntry<B>[] = append ? [...state.items] : [];
  const position = new Map(items.map((entry, i) => [entry.bulletin.id, i]));
  for (const bulletin of page.bulletins) {
    const at = position.get(bulletin.id);
    if (at === undefined) {
      position.set(bulletin.id, items.length);
      items.push({ bulletin, mark: null, sequence: null });
      continue;
    }
    const held = items[at];
    if (held && isNewer(held, bulletin, null)) items[at] = { ...held, bulletin };
  }
  const pending: PendingEntry<B>[] = [];
  for (const waiting of state.pending) {
    const at = position.get(waiting.bulletin.id);
    const held = at === undefined ? undefined : items[at];
    if (at === undefined || !held) {
      pending.push(waiting);
      continue;
    }
    if (isNewer(held, waiting.bulletin, waiting.sequence)) {
      items[at] = { bulletin: waiting.bulletin, sequence: waiting.sequence, mark: waiting.mark };
    }
  }
  return {
    ...state,
    items,
    pending,
    totalCount: page.totalCount,
    totalCountIsExact: page.totalCountIsExact ?? true,
    endCursor: page.endCursor,
    hasNextPage: page.hasNextPage,
    loaded: true,
    focus: append ? state.focus : null,
  };
}

/** The reader asked for what is waiting: newest first, at the top, focus on the first of them. */
function showPending<B extends Versioned>(state: LiveFeedState<B>): LiveFeedState<B> {
  if (state.pending.length === 0) return state;
  const shown = [...state.pending]
    .sort((a, b) => b.arrival - a.arrival)
    .map((entry): ListEntry<B> => ({ bulletin: entry.bulletin, mark: entry.mark, sequence: entry.sequence }));
  const added = state.pending.filter((entry) => entry.uncounted).length;
  const first = shown[0];
  return {
    ...state,
    items: [...shown, ...state.items],
    pending: [],
    // A lower bound stays the same lower bound: "1,000+" plus a few is still "1,000+".
    totalCount: state.totalCountIsExact ? state.totalCount + added : state.totalCount,
    focus: first ? { id: first.bulletin.id, token: (state.focus?.token ?? 0) + 1 } : state.focus,
  };
}

export function liveFeedReducer<B extends Versioned>(
  state: LiveFeedState<B>,
  action: LiveFeedAction<B>,
): LiveFeedState<B> {
  switch (action.type) {
    case 'pageLoaded':
      return applyPage(state, action.page, action.append);
    case 'event':
      return applyEvent(state, action.event);
    case 'showPending':
      return showPending(state);
  }
}

/** "1 new bulletin", "3 new bulletins": the bar's name starts with the count. */
export function pendingLabel(count: number): string {
  return `${count} new ${count === 1 ? 'bulletin' : 'bulletins'}`;
}
