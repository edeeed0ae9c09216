/** The API's bound on a bundle's text (libs/stix STIX_IMPORT_LIMITS.maxLength); the server's body limit may be lower. */
export const MAX_BUNDLE_CHARACTERS = 2 * 1024 * 1024;

/** Why a chosen file cannot be sent, in words, or null when it can. */
export function bundleFileProblem(file: { readonly name: string; readonly size: number }): string | null {
  if (!/\.json$/i.test(file.name)) return `“${file.name}” is not a .json file. A STIX bundle is saved as .json.`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  // Bytes bound characters from above: a file this large holds more than the API takes.
  if (file.size > 4 * MAX_BUNDLE_CHARACTERS) return `“${file.name}” is larger than the 2 MB Bulwark imports.`;
  return null;
}

/** Why text read from a file cannot be sent, or null. */
export function bundleTextProblem(name: string, text: string): string | null {
  return text.length > MAX_BUNDLE_CHARACTERS ? `“${name}” is larger than the 2 MB Bulwark imports.` : null;
}

const kb = (n: number) => `${Math.ceil(n / 1024).toLocaleString('en-US')} KB`;

/** The largest request a server takes, in words, for the file box's hint. */
export const requestLimitHint = (maxRequestBytes: number): string =>
  `This server takes requests of at most ${kb(maxRequestBytes)}, the bundle included.`;

/** What a request carries besides the bundle's text: the operation and the JSON around it, generously. */
const REQUEST_OVERHEAD_BYTES = 2048;

/**
 * Why a bundle cannot be sent to a server that takes requests of at most `maxRequestBytes` (its body limit), or
 * null: the bundle travels as a JSON string, escaped, inside the request.
 */
export function requestTooLarge(name: string, text: string, maxRequestBytes: number | undefined): string | null {
  if (maxRequestBytes === undefined) return null;
  const bytes = new TextEncoder().encode(JSON.stringify(text)).length + REQUEST_OVERHEAD_BYTES;
  if (bytes <= maxRequestBytes) return null;
  return `“${name}” is ${kb(bytes)} as sent, and this server takes requests of at most ${kb(maxRequestBytes)}. Import a smaller bundle, or ask your administrator to raise the limit (HTTP_BODY_LIMIT_KB).`;
}

export interface SkippedGroup {
  readonly reason: string;
  readonly count: number;
}

/** The objects left out, one line per reason with how many, in the order the API gave them. */
export function groupSkipped(skipped: readonly { readonly reason: string }[]): SkippedGroup[] {
  const counts = new Map<string, number>();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count }));
}
