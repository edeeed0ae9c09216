import { usageError } from '../cli-error';

/**
 * The headers of a recorded delivery: a JSON object (`{"Bulwark-Signature": "v1=…"}`), or raw HTTP header lines
 * (`Name: value`), a request line such as `POST /hook HTTP/1.1` and blank lines being skipped.
 */
export function parseHeaderFile(text: string): Record<string, string | string[]> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return parseJsonHeaders(trimmed);
  const headers: Record<string, string | string[]> = {};
  for (const line of trimmed.split(/\r?\n/)) {
    if (!line.trim() || /^[A-Z]+ \S+ HTTP\/\d/.test(line)) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw usageError(`--headers: not a "Name: value" line: ${line.slice(0, 60)}`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const previous = headers[name];
    headers[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return headers;
}

function parseJsonHeaders(text: string): Record<string, string | string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw usageError('--headers: not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw usageError('--headers: expected a JSON object of header names to values');
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(parsed)) {
    const ok = typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
    if (!ok) throw usageError(`--headers: ${name}: expected a string or a list of strings`);
    headers[name.toLowerCase()] = value;
  }
  return headers;
}
