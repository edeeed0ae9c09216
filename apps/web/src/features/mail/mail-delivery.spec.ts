import { describe, expect, it } from 'vitest';
import {
  DELIVERY_PRESETS,
  deliveryInput,
  describeDelivery,
  digestMoment,
  hourLabel,
  presetOf,
  previewNextDigest,
} from './mail-delivery';
import { timeZoneName, timeZoneOptions } from './time-zones';

const NEW_YORK = 'America/New_York';

describe('delivery presets', () => {
  it('sends each preset as the API expects, and reads it back as the same preset', () => {
    for (const { value } of DELIVERY_PRESETS) {
      const input = deliveryInput(value, 7, NEW_YORK);
      expect(
        presetOf({
          immediateMinSeverity: input.immediateMinSeverity ?? null,
          digest: input.digest,
          digestHour: 7,
          timeZone: NEW_YORK,
        }),
      ).toBe(value);
    }
    expect(deliveryInput('URGENT_THEN_DAILY', 6, NEW_YORK)).toEqual({
      immediateMinSeverity: 'HIGH',
      digest: 'DAILY',
      digestHour: 6,
      timeZone: NEW_YORK,
    });
    expect(deliveryInput('IMMEDIATE', 7, 'UTC')).toMatchObject({ immediateMinSeverity: 'INFO', digest: 'NONE' });
    expect(deliveryInput('NONE', 7, 'UTC')).toMatchObject({ immediateMinSeverity: null, digest: 'NONE' });
  });

  it('describes a delivery set another way (through the API) in words, as custom', () => {
    const custom = { immediateMinSeverity: 'CRITICAL', digest: 'HOURLY', digestHour: 7, timeZone: 'UTC' } as const;
    expect(presetOf(custom)).toBe('CUSTOM');
    expect(describeDelivery(custom)).toBe('Immediately for CRITICAL, the rest in an hourly digest');
    expect(describeDelivery({ ...custom, immediateMinSeverity: 'MEDIUM', digest: 'NONE' })).toBe(
      'Immediately for MEDIUM and above',
    );
  });

  it('names the hour and the time zone the way an office says them', () => {
    expect(hourLabel(0)).toBe('12:00 AM');
    expect(hourLabel(7)).toBe('7:00 AM');
    expect(hourLabel(18)).toBe('6:00 PM');
    expect(timeZoneName(NEW_YORK)).toBe('Eastern Time (New York)');
    expect(timeZoneName('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos Aires');
    expect(describeDelivery({ immediateMinSeverity: 'HIGH', digest: 'DAILY', digestHour: 7, timeZone: NEW_YORK })).toBe(
      'Immediately for HIGH and CRITICAL, the rest in a daily digest at 7:00 AM, Eastern Time (New York)',
    );
  });

  it('lists the U.S. zones first and keeps a saved zone this browser does not know', () => {
    const [us, every] = timeZoneOptions('Mars/Olympus_Mons');
    expect(us?.items[0]).toEqual({ value: NEW_YORK, label: 'Eastern Time (New York)' });
    expect(every?.items.map((item) => item.value)).toContain('Mars/Olympus_Mons');
    expect(every?.items.map((item) => item.value)).toContain('UTC');
  });
});

describe('previewNextDigest', () => {
  it('finds the next daily hour on the clocks of the chosen zone, today or tomorrow', () => {
    // 10:30 UTC is 5:30 AM in New York (EST): 7 AM comes today, at 12:00 UTC.
    const morning = new Date('2026-12-07T10:30:00Z');
    expect(previewNextDigest('DAILY', 7, NEW_YORK, morning)?.toISOString()).toBe('2026-12-07T12:00:00.000Z');
    // 13:00 UTC is 8 AM there: tomorrow's.
    expect(previewNextDigest('DAILY', 7, NEW_YORK, new Date('2026-12-07T13:00:00Z'))?.toISOString()).toBe(
      '2026-12-08T12:00:00.000Z',
    );
  });

  it('keeps the hour across a daylight-saving change and in half-hour zones', () => {
    // New York moves its clocks forward on 8 March 2026: 7 AM is then 11:00 UTC.
    expect(previewNextDigest('DAILY', 7, NEW_YORK, new Date('2026-03-07T13:00:00Z'))?.toISOString()).toBe(
      '2026-03-08T11:00:00.000Z',
    );
    // India is UTC+5:30: 7 AM there is 1:30 UTC.
    expect(previewNextDigest('DAILY', 7, 'Asia/Kolkata', new Date('2026-12-07T02:00:00Z'))?.toISOString()).toBe(
      '2026-12-08T01:30:00.000Z',
    );
  });

  it('gives the next top of the hour for an hourly digest, and nothing without a digest', () => {
    expect(previewNextDigest('HOURLY', 7, 'UTC', new Date('2026-12-07T10:59:59Z'))?.toISOString()).toBe(
      '2026-12-07T11:00:00.000Z',
    );
    expect(previewNextDigest('NONE', 7, 'UTC', new Date())).toBeNull();
  });

  it('shows the moment on the clocks of the zone, with the zone', () => {
    expect(digestMoment(new Date('2026-12-08T12:00:00Z'), NEW_YORK)).toBe('Tue, Dec 8, 7:00 AM EST');
  });
});
