import { SEVERITY_LABELS } from '@web/features/feed/bulletin-labels';
import type { MailDeliveryInput, MailDigest, Severity } from '@web/graphql/generated/graphql';
import { timeZoneName } from './time-zones';

/** When and how a feed (or a shared mailbox's subscription) is mailed, as the API describes it. */
export interface Delivery {
  readonly immediateMinSeverity: Severity | null;
  readonly digest: MailDigest;
  readonly digestHour: number;
  readonly timeZone: string;
}

/** The choices a reader is offered; anything else the API holds (set through it) shows as CUSTOM. */
export type DeliveryPreset = 'NONE' | 'IMMEDIATE' | 'URGENT_THEN_DAILY' | 'HOURLY' | 'DAILY';

export const DELIVERY_PRESETS: readonly { value: DeliveryPreset; label: string; description: string }[] = [
  { value: 'NONE', label: 'No e-mail', description: 'New bulletins show here in the portal only.' },
  {
    value: 'IMMEDIATE',
    label: 'Immediately',
    description:
      'One e-mail per bulletin, within minutes of its publication. Changes made soon after come in the same e-mail.',
  },
  {
    value: 'URGENT_THEN_DAILY',
    label: 'Immediately for HIGH and CRITICAL, the rest in a daily digest',
    description: 'High and Critical bulletins one by one as they come; everything else in one e-mail a day.',
  },
  {
    value: 'HOURLY',
    label: 'Hourly digest',
    description: 'At most one e-mail an hour, listing what is new. No e-mail when nothing is.',
  },
  {
    value: 'DAILY',
    label: 'Daily digest',
    description: 'One e-mail a day at the hour you choose, listing what is new. No e-mail when nothing is.',
  },
];

/** The lowest severity: "immediately" means every bulletin. */
const EVERY_SEVERITY: Severity = 'INFO';
const URGENT: Severity = 'HIGH';
export const DEFAULT_DIGEST_HOUR = 7;

/** The preset a delivery is, or CUSTOM when it is none of them (for example set through the API). */
export function presetOf(delivery: Delivery): DeliveryPreset | 'CUSTOM' {
  const { immediateMinSeverity: severity, digest } = delivery;
  if (severity === null) {
    if (digest === 'NONE') return 'NONE';
    return digest;
  }
  if (severity === EVERY_SEVERITY && digest === 'NONE') return 'IMMEDIATE';
  if (severity === URGENT && digest === 'DAILY') return 'URGENT_THEN_DAILY';
  return 'CUSTOM';
}

/** Whether the preset sends a daily digest, so it needs an hour and a time zone. */
export function needsHour(preset: DeliveryPreset | 'CUSTOM'): boolean {
  return preset === 'DAILY' || preset === 'URGENT_THEN_DAILY';
}

/** What to send the API for a preset. */
export function deliveryInput(preset: DeliveryPreset, digestHour: number, timeZone: string): MailDeliveryInput {
  const base = { digestHour, timeZone };
  switch (preset) {
    case 'NONE':
      return { ...base, immediateMinSeverity: null, digest: 'NONE' };
    case 'IMMEDIATE':
      return { ...base, immediateMinSeverity: EVERY_SEVERITY, digest: 'NONE' };
    case 'URGENT_THEN_DAILY':
      return { ...base, immediateMinSeverity: URGENT, digest: 'DAILY' };
    case 'HOURLY':
      return { ...base, immediateMinSeverity: null, digest: 'HOURLY' };
    case 'DAILY':
      return { ...base, immediateMinSeverity: null, digest: 'DAILY' };
  }
}

const HOUR_FORMAT = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

/** "7:00 AM": an hour of the day, as a clock shows it. */
export function hourLabel(hour: number): string {
  return HOUR_FORMAT.format(new Date(Date.UTC(2000, 0, 1, hour)));
}

/** "daily at 7:00 AM, Eastern Time (New York)" */
function dailyWords(delivery: Delivery): string {
  return `at ${hourLabel(delivery.digestHour)}, ${timeZoneName(delivery.timeZone)}`;
}

/** The delivery in one sentence: "Daily digest at 7:00 AM, Eastern Time (New York)". */
export function describeDelivery(delivery: Delivery): string {
  const preset = presetOf(delivery);
  switch (preset) {
    case 'NONE':
      return 'No e-mail';
    case 'IMMEDIATE':
      return 'Immediately, one e-mail per bulletin';
    case 'URGENT_THEN_DAILY':
      return `Immediately for HIGH and CRITICAL, the rest in a daily digest ${dailyWords(delivery)}`;
    case 'HOURLY':
      return 'Hourly digest';
    case 'DAILY':
      return `Daily digest ${dailyWords(delivery)}`;
    case 'CUSTOM': {
      const severity = delivery.immediateMinSeverity;
      const parts: string[] = [];
      if (severity)
        parts.push(
          severity === 'CRITICAL'
            ? 'Immediately for CRITICAL'
            : `Immediately for ${SEVERITY_LABELS[severity].toUpperCase()} and above`,
        );
      if (delivery.digest === 'HOURLY') parts.push(severity ? 'the rest in an hourly digest' : 'Hourly digest');
      if (delivery.digest === 'DAILY') parts.push(`the rest in a daily digest ${dailyWords(delivery)}`);
      return parts.join(', ');
    }
  }
}

const QUARTER_HOUR = 15 * 60_000;
/** Two days of quarter hours: the next given hour in any time zone, across a daylight-saving change, is within. */
const SEARCH_STEPS = 4 * 49;

/** The hour and minute a moment shows on a clock in this time zone. */
function clockIn(timeZone: string, moment: Date): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(moment);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? NaN);
  return { hour: value('hour'), minute: value('minute') };
}

/**
 * When the next digest would go, for the preview before saving (the API computes the real one): the next top of
 * the hour, or the next `hour`:00 on the clocks of `timeZone`. Null without a digest.
 */
export function previewNextDigest(digest: MailDigest, hour: number, timeZone: string, after: Date): Date | null {
  if (digest === 'NONE') return null;
  const start = Math.floor(after.getTime() / QUARTER_HOUR) * QUARTER_HOUR + QUARTER_HOUR;
  for (let step = 0; step < SEARCH_STEPS; step += 1) {
    const candidate = new Date(start + step * QUARTER_HOUR);
    const clock = clockIn(timeZone, candidate);
    if (clock.minute === 0 && (digest === 'HOURLY' || clock.hour === hour)) return candidate;
  }
  return null;
}

/** "Mon, Dec 7, 7:00 AM EST": a digest's moment on the clocks of its time zone. */
export function digestMoment(moment: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(moment);
}
