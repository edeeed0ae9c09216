import { describe, expect, it } from 'vitest';
import { EventBuffer } from './event-buffer';

describe('EventBuffer', () => {
  it('keeps everything a slow consumer has not taken, in order, and reports each hand-out as it happens', async () => {
    const handedOut: number[] = [];
    const buffer = new EventBuffer<number>((item) => handedOut.push(item));
    for (const item of [1, 2, 3]) buffer.push(item);
    expect(handedOut).toEqual([]);
    expect(await buffer.next()).toEqual({ done: false, value: 1 });
    expect(handedOut).toEqual([1]);
    const waiting = [buffer.next(), buffer.next(), buffer.next()];
    buffer.push(4);
    expect(handedOut).toEqual([1, 2, 3, 4]);
    expect(await Promise.all(waiting)).toEqual([2, 3, 4].map((value) => ({ done: false, value })));
  });

  it('hands out what is pending before a failure, the failure once, then the end', async () => {
    const buffer = new EventBuffer<number>(() => undefined);
    buffer.push(1);
    buffer.fail(new Error('refused'));
    buffer.push(2);
    expect(await buffer.next()).toEqual({ done: false, value: 1 });
    await expect(buffer.next()).rejects.toThrow('refused');
    expect(await buffer.next()).toEqual({ done: true, value: undefined });
  });

  it('rejects a waiting consumer at once on failure, and ends the others', async () => {
    const buffer = new EventBuffer<number>(() => undefined);
    const [first, second] = [buffer.next(), buffer.next()];
    buffer.fail(new Error('lost'));
    await expect(first).rejects.toThrow('lost');
    expect(await second).toEqual({ done: true, value: undefined });
  });

  it('finish() drops what is pending and ends every consumer, waiting or not', async () => {
    const buffer = new EventBuffer<number>(() => undefined);
    const waiting = buffer.next();
    buffer.finish();
    expect(await waiting).toEqual({ done: true, value: undefined });
    buffer.push(1);
    expect(await buffer.next()).toEqual({ done: true, value: undefined });
  });
});
