import { MailDigest } from '@bulwark/domain';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one is the expensive part. Throws RangeError for a zone Intl does not know. */
function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time in `timeZone` at `instant`, written as if it were UTC (milliseconds, seconds precision). */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatIn(timeZone).formatToParts(instant)) parts[part.type] = Number(part.value);
  return Date.UTC(parts['year'], parts['month'] - 1, parts['day'], parts['hour'], parts['minute'], parts['second']);
}

/** How far `timeZone`'s clock is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
}

/**
 * The instant a wall-clock time happens in `timeZone`. Twice (the clock is set back): the first. Never (the clock
 * jumps over it): the moment of the jump, when the clock shows the first time after the gap.
 */
function instantOf(wall: number, timeZone: string): number {
  // Transitions are months apart, so these are the offsets on either side of any one near `wall`.
  const before = offsetAt(wall - 14 * HOUR, timeZone);
  const after = offsetAt(wall + 14 * HOUR, timeZone);
  const fits = [wall - before, wall - after].filter((instant) => wallClock(instant, timeZone) === wall);
  return fits.length > 0 ? Math.min(...fits) : wall - before;
}

function nextTopOfHour(after: number, timeZone: string): number {
  // Zones a fraction of an hour off UTC (Asia/Kolkata, +05:30) strike the hour at :30 UTC.
  const fraction = (((offsetAt(after, timeZone) % HOUR) + HOUR) % HOUR) / MINUTE;
  let next = Math.floor(after / HOUR) * HOUR + ((60 - fraction) % 60) * MINUTE;
  while (next <= after) next += HOUR;
  return next;
}

function nextDailyAt(hour: number, after: number, timeZone: string): number {
  const today = Math.floor(wallClock(after, timeZone) / DAY) * DAY;
  for (let day = 0; ; day++) {
    const next = instantOf(today + day * DAY + hour * HOUR, timeZone);
    if (next > after) return next;
  }
}

/**
 * When a digest is next due, strictly after `after`: HOURLY at the next top of the hour, DAILY at the next
 * `hour`:00 on the clocks of `timeZone` (an IANA name), through daylight-saving changes; null without a digest.
 * Throws RangeError for a time zone Intl does not know.
 */
export function nextDigestAt(digest: MailDigest, hour: number, timeZone: string, after: Date): Date | null {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`digest hour ${hour} is not 0–23`);
  const from = after.getTime();
  switch (digest) {
    case MailDigest.NONE:
      return null;
    case MailDigest.HOURLY:
      return new Date(nextTopOfHour(from, timeZone));
    case MailDigest.DAILY:
      return new Date(nextDailyAt(hour, from, timeZone));
  }
}
