import { MailDigest } from '@bulwark/domain';
import { describe, expect, it } from 'vitest';
import { nextDigestAt } from './digest-schedule';

const at = (iso: string) => new Date(iso);
const next = (digest: MailDigest, hour: number, zone: string, after: string) =>
  nextDigestAt(digest, hour, zone, at(after))?.toISOString() ?? null;

describe('nextDigestAt', () => {
  it('is null without a digest', () => {
    expect(next(MailDigest.NONE, 7, 'UTC', '2026-05-01T10:15:00Z')).toBeNull();
  });

  describe('HOURLY', () => {
    it('is the next top of the hour, strictly after', () => {
      expect(next(MailDigest.HOURLY, 7, 'UTC', '2026-05-01T10:15:00Z')).toBe('2026-05-01T11:00:00.000Z');
      expect(next(MailDigest.HOURLY, 7, 'UTC', '2026-05-01T11:00:00Z')).toBe('2026-05-01T12:00:00.000Z');
      expect(next(MailDigest.HOURLY, 7, 'UTC', '2026-05-01T10:59:59.999Z')).toBe('2026-05-01T11:00:00.000Z');
      expect(next(MailDigest.HOURLY, 7, 'UTC', '2026-12-31T23:30:00Z')).toBe('2027-01-01T00:00:00.000Z');
    });

    it('ignores the digest hour', () => {
      expect(next(MailDigest.HOURLY, 23, 'America/New_York', '2026-05-01T10:15:00Z')).toBe('2026-05-01T11:00:00.000Z');
    });

    it("strikes on the zone's hour where it is a fraction of an hour off UTC", () => {
      expect(next(MailDigest.HOURLY, 7, 'Asia/Kolkata', '2026-05-01T10:15:00Z')).toBe('2026-05-01T10:30:00.000Z');
      expect(next(MailDigest.HOURLY, 7, 'Asia/Kolkata', '2026-05-01T10:30:00Z')).toBe('2026-05-01T11:30:00.000Z');
      expect(next(MailDigest.HOURLY, 7, 'Asia/Kathmandu', '2026-05-01T10:00:00Z')).toBe('2026-05-01T10:15:00.000Z');
      expect(next(MailDigest.HOURLY, 7, 'America/St_Johns', '2026-01-10T10:00:00Z')).toBe('2026-01-10T10:30:00.000Z');
    });

    it('goes on every hour through both daylight-saving changes in New York', () => {
      // 2026-03-08: 02:00 EST becomes 03:00 EDT (07:00Z); 2026-11-01: 02:00 EDT becomes 01:00 EST (06:00Z).
      expect(next(MailDigest.HOURLY, 0, 'America/New_York', '2026-03-08T06:30:00Z')).toBe('2026-03-08T07:00:00.000Z');
      expect(next(MailDigest.HOURLY, 0, 'America/New_York', '2026-03-08T07:00:00Z')).toBe('2026-03-08T08:00:00.000Z');
      expect(next(MailDigest.HOURLY, 0, 'America/New_York', '2026-11-01T05:30:00Z')).toBe('2026-11-01T06:00:00.000Z');
      expect(next(MailDigest.HOURLY, 0, 'America/New_York', '2026-11-01T06:00:00Z')).toBe('2026-11-01T07:00:00.000Z');
    });
  });

  describe('DAILY', () => {
    it('is today at the hour when that is still ahead, else tomorrow', () => {
      expect(next(MailDigest.DAILY, 7, 'UTC', '2026-05-01T06:59:00Z')).toBe('2026-05-01T07:00:00.000Z');
      expect(next(MailDigest.DAILY, 7, 'UTC', '2026-05-01T07:00:00Z')).toBe('2026-05-02T07:00:00.000Z');
      expect(next(MailDigest.DAILY, 7, 'UTC', '2026-05-01T22:00:00Z')).toBe('2026-05-02T07:00:00.000Z');
    });

    it('keeps 07:00 on New York clocks across the change to daylight time', () => {
      // 07:00 EST = 12:00Z on the 7th; 07:00 EDT = 11:00Z from the 8th.
      expect(next(MailDigest.DAILY, 7, 'America/New_York', '2026-03-07T11:00:00Z')).toBe('2026-03-07T12:00:00.000Z');
      expect(next(MailDigest.DAILY, 7, 'America/New_York', '2026-03-07T12:00:00Z')).toBe('2026-03-08T11:00:00.000Z');
      expect(next(MailDigest.DAILY, 7, 'America/New_York', '2026-03-08T11:00:00Z')).toBe('2026-03-09T11:00:00.000Z');
    });

    it('keeps 07:00 on New York clocks across the change back to standard time', () => {
      expect(next(MailDigest.DAILY, 7, 'America/New_York', '2026-10-31T11:00:00Z')).toBe('2026-11-01T12:00:00.000Z');
      expect(next(MailDigest.DAILY, 7, 'America/New_York', '2026-11-01T12:00:00Z')).toBe('2026-11-02T12:00:00.000Z');
    });

    it('sends an hour the clock skips at the jump, and an hour it repeats once, the first time', () => {
      // 02:00 does not exist on 2026-03-08 in New York: the clock goes from 01:59:59 EST to 03:00 EDT (07:00Z).
      expect(next(MailDigest.DAILY, 2, 'America/New_York', '2026-03-08T05:00:00Z')).toBe('2026-03-08T07:00:00.000Z');
      expect(next(MailDigest.DAILY, 2, 'America/New_York', '2026-03-08T07:00:00Z')).toBe('2026-03-09T06:00:00.000Z');
      // 01:00 happens twice on 2026-11-01 (EDT 05:00Z, then EST 06:00Z): once, at the first.
      expect(next(MailDigest.DAILY, 1, 'America/New_York', '2026-11-01T04:00:00Z')).toBe('2026-11-01T05:00:00.000Z');
      expect(next(MailDigest.DAILY, 1, 'America/New_York', '2026-11-01T05:00:00Z')).toBe('2026-11-02T06:00:00.000Z');
    });

    it('handles hour 0 and hour 23, at the edges of the local day', () => {
      // 23:30 EST on the 7th is 04:30Z on the 8th: midnight is half an hour away, still in standard time.
      expect(next(MailDigest.DAILY, 0, 'America/New_York', '2026-03-08T04:30:00Z')).toBe('2026-03-08T05:00:00.000Z');
      expect(next(MailDigest.DAILY, 0, 'America/New_York', '2026-03-08T05:00:00Z')).toBe('2026-03-09T04:00:00.000Z');
      // 23:00 EDT on the 8th is 03:00Z on the 9th.
      expect(next(MailDigest.DAILY, 23, 'America/New_York', '2026-03-08T12:00:00Z')).toBe('2026-03-09T03:00:00.000Z');
      expect(next(MailDigest.DAILY, 23, 'America/New_York', '2026-03-09T03:00:00Z')).toBe('2026-03-10T03:00:00.000Z');
      expect(next(MailDigest.DAILY, 0, 'UTC', '2026-12-31T23:59:59Z')).toBe('2027-01-01T00:00:00.000Z');
      expect(next(MailDigest.DAILY, 23, 'UTC', '2026-12-31T23:00:00Z')).toBe('2027-01-01T23:00:00.000Z');
      // Across a year's end in a zone ahead of UTC: 00:00 on 1 January in Tokyo is 15:00Z on 31 December.
      expect(next(MailDigest.DAILY, 0, 'Asia/Tokyo', '2026-12-31T14:00:00Z')).toBe('2026-12-31T15:00:00.000Z');
    });

    it('refuses an hour outside 0–23 and a zone Intl does not know', () => {
      expect(() => nextDigestAt(MailDigest.DAILY, 24, 'UTC', new Date())).toThrow(RangeError);
      expect(() => nextDigestAt(MailDigest.DAILY, 7, 'Mars/Olympus_Mons', new Date())).toThrow(RangeError);
    });
  });
});
