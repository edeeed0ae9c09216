import { MailDigest, Severity } from '@bulwark/domain';
import { describe, expect, it } from 'vitest';
import { changeDelivery, NO_DELIVERY, type StoredDelivery } from './mail-delivery-settings';

const NOW = new Date('2026-03-07T15:30:00Z');
const daily = (overrides: Partial<StoredDelivery> = {}): StoredDelivery => ({
  immediateMinSeverity: null,
  digest: MailDigest.DAILY,
  digestHour: 7,
  timeZone: 'America/New_York',
  nextDigestAt: new Date('2026-03-08T11:00:00Z'),
  ...overrides,
});

describe('changeDelivery', () => {
  it('activates a subscription that mailed nothing, and schedules its first digest after now', () => {
    const change = changeDelivery(NO_DELIVERY, { digest: MailDigest.DAILY, digestHour: 7, timeZone: 'UTC' }, NOW);
    expect(change.activated).toBe(true);
    expect(change.delivery.nextDigestAt).toEqual(new Date('2026-03-08T07:00:00Z'));
    expect(
      changeDelivery(
        null,
        { immediateMinSeverity: Severity.HIGH, digest: MailDigest.NONE, digestHour: 7, timeZone: 'UTC' },
        NOW,
      ),
    ).toMatchObject({ activated: true, delivery: { nextDigestAt: null } });
  });

  it('does not re-activate an active subscription, and keeps the digest time while the schedule is the same', () => {
    const before = daily();
    const change = changeDelivery(
      before,
      {
        immediateMinSeverity: Severity.CRITICAL,
        digest: MailDigest.DAILY,
        digestHour: 7,
        timeZone: 'america/new_york',
      },
      NOW,
    );
    expect(change.activated).toBe(false);
    expect(change.delivery.timeZone).toBe('America/New_York');
    expect(change.delivery.nextDigestAt).toBe(before.nextDigestAt);
  });

  it('reschedules when the hour, zone or kind of digest changes', () => {
    const later = changeDelivery(
      daily(),
      { digest: MailDigest.DAILY, digestHour: 18, timeZone: 'America/New_York' },
      NOW,
    );
    expect(later.delivery.nextDigestAt).toEqual(new Date('2026-03-07T23:00:00Z'));
    const hourly = changeDelivery(daily(), { digest: MailDigest.HOURLY, digestHour: 7, timeZone: 'UTC' }, NOW);
    expect(hourly.delivery.nextDigestAt).toEqual(new Date('2026-03-07T16:00:00Z'));
  });

  it('drops the gathered digest when the digest goes, and a subscription that mails nothing is not active', () => {
    const change = changeDelivery(
      daily(),
      { immediateMinSeverity: null, digest: MailDigest.NONE, digestHour: 7, timeZone: 'UTC' },
      NOW,
    );
    expect(change).toMatchObject({ activated: false, digestDropped: true, delivery: { nextDigestAt: null } });
    const again = changeDelivery(change.delivery, { digest: MailDigest.HOURLY, digestHour: 7, timeZone: 'UTC' }, NOW);
    expect(again).toMatchObject({ activated: true, digestDropped: false });
  });
});
