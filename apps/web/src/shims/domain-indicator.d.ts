/**
 * The types of libs/domain/src/indicator.ts as the portal sees them. Vite and Vitest load that very file (with
 * shims/node-net.ts and shims/node-url.ts for the two Node built-ins it uses); tsc reads these declarations instead,
 * because the portal compiles with noUncheckedIndexedAccess, which the library is not written for (the root
 * tsconfig checks the library itself). The enum's values are these strings.
 */
export type IndicatorType = 'IPV4' | 'IPV6' | 'CIDR' | 'DOMAIN' | 'URL' | 'EMAIL' | 'MD5' | 'SHA1' | 'SHA256' | 'CVE';

export interface NormalisedIndicator {
  type: IndicatorType;
  value: string;
  network: string | null;
}

export type IndicatorResult = { ok: true; indicator: NormalisedIndicator } | { ok: false; problem: string };

export declare const MAX_INDICATOR_LENGTH: number;

/** Validates and normalises one indicator of the given type. Never throws. */
export declare function normaliseIndicator(type: IndicatorType, raw: string): IndicatorResult;

/** The first type (most specific first) that accepts the text, or null. */
export declare function detectIndicatorType(raw: string): IndicatorType | null;
