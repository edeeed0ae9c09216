/** The time zones of the states and territories, under the names their offices use. */
const US_TIME_ZONES: Readonly<Record<string, string>> = {
  'America/New_York': 'Eastern Time (New York)',
  'America/Chicago': 'Central Time (Chicago)',
  'America/Denver': 'Mountain Time (Denver)',
  'America/Phoenix': 'Arizona Time (Phoenix, no daylight saving)',
  'America/Los_Angeles': 'Pacific Time (Los Angeles)',
  'America/Anchorage': 'Alaska Time (Anchorage)',
  'Pacific/Honolulu': 'Hawaii Time (Honolulu)',
  'America/Puerto_Rico': 'Atlantic Time (Puerto Rico, U.S. Virgin Islands)',
  'Pacific/Guam': 'Chamorro Time (Guam, Northern Mariana Islands)',
  'Pacific/Pago_Pago': 'Samoa Time (American Samoa)',
};

export const UTC = 'UTC';

/** "Eastern Time (New York)", "Europe/Berlin", "UTC". */
export function timeZoneName(timeZone: string): string {
  return US_TIME_ZONES[timeZone] ?? timeZone.replaceAll('_', ' ');
}

/** Every time zone this browser knows, by its IANA name (the API checks it the same way). */
function allTimeZones(): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, ...Object.keys(US_TIME_ZONES), UTC])].sort();
}

/** The browser's own time zone: the default for a daily digest. UTC when the browser does not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || UTC;
  } catch {
    return UTC;
  }
}

export interface TimeZoneGroup {
  readonly group: string;
  readonly items: { value: string; label: string }[];
}

/**
 * For a select: the United States' zones first by their common names, then every other zone. `current` is always
 * listed, even one this browser does not know (saved from another).
 */
export function timeZoneOptions(current: string): TimeZoneGroup[] {
  const others = allTimeZones().filter((zone) => !(zone in US_TIME_ZONES));
  if (!(current in US_TIME_ZONES) && !others.includes(current)) others.unshift(current);
  return [
    {
      group: 'United States',
      items: Object.entries(US_TIME_ZONES).map(([value, label]) => ({ value, label })),
    },
    { group: 'Every time zone', items: others.map((value) => ({ value, label: timeZoneName(value) })) },
  ];
}
