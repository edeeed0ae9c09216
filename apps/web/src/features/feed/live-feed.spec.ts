import { describe, expect, it } from 'vitest';
import {
  initialLiveFeed,
  type LiveEventType,
  type LiveFeedAction,
  liveFeedReducer,
  type LiveFeedState,
  pendingLabel,
} from './live-feed';

interface TestBulletin {
  readonly id: string;
  readonly version: number;
  readonly title: string;
}

const bulletin = (id: string, version = 1, title = `${id} v${version}`): TestBulletin => ({ id, version, title });

const page = (bulletins: TestBulletin[], more: Partial<{ totalCount: number; hasNextPage: boolean }> = {}) =>
  ({
    type: 'pageLoaded',
    append: false,
    page: {
      bulletins,
      totalCount: more.totalCount ?? bulletins.length,
      endCursor: bulletins.at(-1)?.id ?? null,
      hasNextPage: more.hasNextPage ?? false,
    },
  }) as const;

const morePage = (bulletins: TestBulletin[], totalCount: number) =>
  ({
    type: 'pageLoaded',
    append: true,
    page: { bulletins, totalCount, endCursor: bulletins.at(-1)?.id ?? null, hasNextPage: false },
  }) as const;

const event = (sequence: number, type: LiveEventType, b: TestBulletin): LiveFeedAction<TestBulletin> => ({
  type: 'event',
  event: { sequence, type, bulletin: b },
});

const SHOW: LiveFeedAction<TestBulletin> = { type: 'showPending' };

function run(...actions: LiveFeedAction<TestBulletin>[]): LiveFeedState<TestBulletin> {
  return actions.reduce(liveFeedReducer<TestBulletin>, initialLiveFeed<TestBulletin>());
}

const ids = (state: LiveFeedState<TestBulletin>) => state.items.map((entry) => entry.bulletin.id);
const titles = (state: LiveFeedState<TestBulletin>) => state.items.map((entry) => entry.bulletin.title);
const marks = (state: LiveFeedState<TestBulletin>) => state.items.map((entry) => entry.mark);

describe('live feed merge', () => {
  it('starts empty and not loaded, then shows the first page as given', () => {
    expect(initialLiveFeed().loaded).toBe(false);
    const state = run(page([bulletin('b'), bulletin('a')], { totalCount: 30, hasNextPage: true }));
    expect(state.loaded).toBe(true);
    expect(ids(state)).toEqual(['b', 'a']);
    expect(marks(state)).toEqual([null, null]);
    expect(state.totalCount).toBe(30);
    expect(state.hasNextPage).toBe(true);
    expect(state.endCursor).toBe('a');
  });

  it('keeps a count the API gave as a lower bound as it is when new bulletins are shown ("1,000+")', () => {
    const capped = {
      ...page([bulletin('a')], { totalCount: 1000, hasNextPage: true }),
      page: { ...page([bulletin('a')]).page, totalCount: 1000, hasNextPage: true, totalCountIsExact: false },
    };
    const state = run(capped, event(11, 'PUBLISHED', bulletin('n')), SHOW);
    expect(ids(state)).toEqual(['n', 'a']);
    expect(state).toMatchObject({ totalCount: 1000, totalCountIsExact: false });
    // An exact count still counts what arrives.
    expect(run(page([bulletin('a')]), event(11, 'PUBLISHED', bulletin('n')), SHOW)).toMatchObject({
      totalCount: 2,
      totalCountIsExact: true,
    });
  });

  describe('a new bulletin', () => {
    it('waits in pending without moving the list', () => {
      const before = run(page([bulletin('a')]));
      const after = liveFeedReducer(before, event(11, 'PUBLISHED', bulletin('n')));
      expect(after.items).toBe(before.items);
      expect(after.pending.map((entry) => entry.bulletin.id)).toEqual(['n']);
      expect(after.pending[0]?.mark).toBe('new');
      expect(after.totalCount).toBe(1);
    });

    it('goes to the top, marked new, once the reader asks, and takes the focus', () => {
      const state = run(page([bulletin('a')]), event(11, 'PUBLISHED', bulletin('n')), SHOW);
      expect(ids(state)).toEqual(['n', 'a']);
      expect(marks(state)).toEqual(['new', null]);
      expect(state.pending).toEqual([]);
      expect(state.totalCount).toBe(2);
      expect(state.focus?.id).toBe('n');
    });
  });

  describe('pending, then shown', () => {
    it('shows several at once newest first, above what was there, in arrival order', () => {
      const state = run(
        page([bulletin('a')]),
        event(11, 'PUBLISHED', bulletin('x')),
        event(12, 'PUBLISHED', bulletin('y')),
        event(13, 'PUBLISHED', bulletin('z')),
        SHOW,
      );
      expect(ids(state)).toEqual(['z', 'y', 'x', 'a']);
      expect(state.focus?.id).toBe('z');
      expect(state.totalCount).toBe(4);
    });

    it('keeps a pending bulletin in its place when it changes while waiting, with its newest version', () => {
      const state = run(
        page([bulletin('a')]),
        event(11, 'PUBLISHED', bulletin('x')),
        event(12, 'PUBLISHED', bulletin('y')),
        event(13, 'AMENDED', bulletin('x', 2)),
        SHOW,
      );
      expect(titles(state)).toEqual(['y v1', 'x v2', 'a v1']);
      // The reader never saw it: it is new to them, even though it was amended meanwhile.
      expect(marks(state)).toEqual(['new', 'new', null]);
    });

    it('a second batch goes above the first, and the focus moves to it', () => {
      const first = run(page([bulletin('a')]), event(11, 'PUBLISHED', bulletin('x')), SHOW);
      const second = [event(12, 'PUBLISHED', bulletin('y')), SHOW].reduce(liveFeedReducer<TestBulletin>, first);
      expect(ids(second)).toEqual(['y', 'x', 'a']);
      expect(second.focus?.id).toBe('y');
      expect(second.focus?.token).toBeGreaterThan(first.focus?.token ?? 0);
    });

    it('does nothing when nothing is waiting', () => {
      const before = run(page([bulletin('a')]));
      expect(liveFeedReducer(before, SHOW)).toBe(before);
    });
  });

  describe('an amendment', () => {
    it('replaces a bulletin on screen in place, marked amended', () => {
      const state = run(
        page([bulletin('c'), bulletin('b'), bulletin('a')]),
        event(11, 'AMENDED', bulletin('b', 2, 'b amended')),
      );
      expect(titles(state)).toEqual(['c v1', 'b amended', 'a v1']);
      expect(marks(state)).toEqual([null, 'amended', null]);
      expect(state.pending).toEqual([]);
    });

    it('of a bulletin not on screen waits in pending like a new one, and is shown marked amended', () => {
      const waiting = run(page([bulletin('a')]), event(11, 'AMENDED', bulletin('old', 3)));
      expect(waiting.pending.map((entry) => entry.mark)).toEqual(['amended']);
      expect(waiting.items.map((entry) => entry.bulletin.id)).toEqual(['a']);
      const shown = liveFeedReducer(waiting, SHOW);
      expect(ids(shown)).toEqual(['old', 'a']);
      expect(marks(shown)).toEqual(['amended', null]);
      // It was already counted: an amendment adds no bulletin.
      expect(shown.totalCount).toBe(1);
    });

    it('of a bulletin shown as new marks it amended', () => {
      const state = run(page([]), event(11, 'PUBLISHED', bulletin('n')), SHOW, event(12, 'AMENDED', bulletin('n', 2)));
      expect(marks(state)).toEqual(['amended']);
    });
  });

  describe('a retraction', () => {
    it('replaces a bulletin on screen in place, marked retracted', () => {
      const state = run(page([bulletin('b'), bulletin('a')]), event(11, 'RETRACTED', bulletin('a', 2, 'a withdrawn')));
      expect(titles(state)).toEqual(['b v1', 'a withdrawn']);
      expect(marks(state)).toEqual([null, 'retracted']);
    });

    it('of a bulletin not on screen waits in pending, marked retracted', () => {
      const state = run(page([bulletin('a')]), event(11, 'RETRACTED', bulletin('gone', 4)), SHOW);
      expect(ids(state)).toEqual(['gone', 'a']);
      expect(marks(state)).toEqual(['retracted', null]);
    });

    it('of a pending new bulletin keeps it pending, marked retracted', () => {
      const state = run(page([]), event(11, 'PUBLISHED', bulletin('n')), event(12, 'RETRACTED', bulletin('n', 2)));
      expect(state.pending.map((entry) => [entry.bulletin.version, entry.mark])).toEqual([[2, 'retracted']]);
    });

    it('of a pending new bulletin still adds it to the count once shown (retracted ones stay in the list)', () => {
      const state = run(
        page([bulletin('a')]),
        event(11, 'PUBLISHED', bulletin('n')),
        event(12, 'RETRACTED', bulletin('n', 2)),
        SHOW,
      );
      expect(ids(state)).toEqual(['n', 'a']);
      expect(marks(state)).toEqual(['retracted', null]);
      expect(state.totalCount).toBe(2);
    });
  });

  describe('duplicates', () => {
    it('ignores the same event twice', () => {
      const once = run(page([bulletin('a')]), event(11, 'PUBLISHED', bulletin('n')));
      const twice = liveFeedReducer(once, event(11, 'PUBLISHED', bulletin('n')));
      expect(twice).toBe(once);
      expect(twice.pending).toHaveLength(1);
    });

    it('ignores an event for a version the page already had (published between the sequence and the page)', () => {
      const loaded = run(page([bulletin('n', 1), bulletin('a', 2)]));
      const afterNew = liveFeedReducer(loaded, event(11, 'PUBLISHED', bulletin('n', 1)));
      const afterAmend = liveFeedReducer(afterNew, event(12, 'AMENDED', bulletin('a', 2)));
      expect(afterAmend).toBe(loaded);
      expect(marks(afterAmend)).toEqual([null, null]);
    });

    it('does not show a bulletin twice after it was shown and arrives again', () => {
      const state = run(
        page([bulletin('a')]),
        event(11, 'PUBLISHED', bulletin('n')),
        SHOW,
        event(11, 'PUBLISHED', bulletin('n')),
      );
      expect(ids(state)).toEqual(['n', 'a']);
      expect(state.pending).toEqual([]);
    });

    it('lets the later of two events on the same version win', () => {
      const state = run(
        page([]),
        event(11, 'PUBLISHED', bulletin('n')),
        SHOW,
        event(12, 'RETRACTED', bulletin('n', 2)),
        event(13, 'RETRACTED', bulletin('n', 2, 'n again')),
      );
      expect(titles(state)).toEqual(['n again']);
    });
  });

  describe('out of order', () => {
    it('never lets an older version replace a newer one on screen', () => {
      const state = run(
        page([bulletin('a', 1)]),
        event(12, 'RETRACTED', bulletin('a', 3, 'a retracted')),
        event(11, 'AMENDED', bulletin('a', 2, 'a amended')),
      );
      expect(titles(state)).toEqual(['a retracted']);
      expect(marks(state)).toEqual(['retracted']);
    });

    it('never lets an older version replace a newer one waiting in pending', () => {
      const state = run(
        page([]),
        event(12, 'AMENDED', bulletin('x', 3, 'x v3')),
        event(11, 'AMENDED', bulletin('x', 2, 'x v2')),
        SHOW,
      );
      expect(titles(state)).toEqual(['x v3']);
    });

    it('ignores an event older than the page it was loaded with', () => {
      const loaded = run(page([bulletin('a', 5)]));
      expect(liveFeedReducer(loaded, event(11, 'AMENDED', bulletin('a', 4)))).toBe(loaded);
    });
  });

  describe('load more', () => {
    it('appends the next page and skips bulletins already on screen', () => {
      const state = run(
        page([bulletin('d'), bulletin('c')], { totalCount: 4, hasNextPage: true }),
        event(11, 'PUBLISHED', bulletin('n')),
        SHOW,
        morePage([bulletin('c'), bulletin('b'), bulletin('a')], 5),
      );
      expect(ids(state)).toEqual(['n', 'd', 'c', 'b', 'a']);
      expect(state.totalCount).toBe(5);
      expect(state.hasNextPage).toBe(false);
      expect(state.focus?.id).toBe('n');
    });

    it('takes a waiting change of a bulletin the next page brings, in place, and drops it from pending', () => {
      const state = run(
        page([bulletin('c')], { totalCount: 3, hasNextPage: true }),
        event(11, 'AMENDED', bulletin('b', 3, 'b v3')),
        event(12, 'PUBLISHED', bulletin('n')),
        morePage([bulletin('b', 2), bulletin('a')], 3),
      );
      expect(titles(state)).toEqual(['c v1', 'b v3', 'a v1']);
      expect(marks(state)).toEqual([null, 'amended', null]);
      expect(state.pending.map((entry) => entry.bulletin.id)).toEqual(['n']);
    });

    it('drops a waiting change the next page already contains', () => {
      const state = run(
        page([bulletin('c')], { totalCount: 2, hasNextPage: true }),
        event(11, 'AMENDED', bulletin('b', 3)),
        morePage([bulletin('b', 3)], 2),
      );
      expect(state.pending).toEqual([]);
      expect(marks(state)).toEqual([null, null]);
    });
  });

  it('names the bar with the count first', () => {
    expect(pendingLabel(1)).toBe('1 new bulletin');
    expect(pendingLabel(3)).toBe('3 new bulletins');
  });
});
