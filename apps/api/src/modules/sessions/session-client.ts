import type { IncomingHttpHeaders } from 'node:http';
import type { SignInClient } from './sessions.repository';

/** The columns' widths (sessions.user_agent, sessions.ip_address). */
const MAX_USER_AGENT = 300;
const MAX_IP = 64;
const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * What a session records of the client that signed in (shown in the user's list of sessions), from an HTTP
 * request: `ip` as Express gives it (the first X-Forwarded-For entry behind a trusted proxy, TRUST_PROXY), an
 * IPv4 address as such also when IPv4-mapped; both clipped to their columns.
 */
export function sessionClientOf(req: { readonly headers: IncomingHttpHeaders; readonly ip?: string }): SignInClient {
  const userAgent = req.headers['user-agent']?.trim();
  const ip = req.ip ? (MAPPED_IPV4.exec(req.ip)?.[1] ?? req.ip) : null;
  return { userAgent: userAgent ? userAgent.slice(0, MAX_USER_AGENT) : null, ip: ip ? ip.slice(0, MAX_IP) : null };
}
