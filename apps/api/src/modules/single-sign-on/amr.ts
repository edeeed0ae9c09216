/** RFC 8176 methods that prove possession of something (a key, a device, a phone): a second factor beside another. */
const POSSESSION = new Set(['hwk', 'swk', 'otp', 'sms', 'tel']);

/**
 * Whether an id_token's `amr` (RFC 8176) says the person passed more than one factor: the provider says so
 * ("mfa"), or names a hardware key ("hwk": proof of possession of a key kept in hardware), or names a possession
 * factor together with some other method ("pwd" + "otp"). Anything else, or no `amr`, is one factor.
 */
export function amrShowsMultipleFactors(amr: unknown): boolean {
  if (!Array.isArray(amr)) return false;
  const methods = new Set(amr.filter((method): method is string => typeof method === 'string'));
  if (methods.has('mfa') || methods.has('hwk')) return true;
  return [...methods].some((method) => POSSESSION.has(method)) && methods.size >= 2;
}
