import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import http, { type IncomingMessage, type RequestOptions } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type ParsedTarget, parseTarget, refusalOfAddresses, type TargetRules } from './webhook-target';

/** Read at most this much of a response, then drop the connection: receivers answer with a status, not a body. */
export const MAX_RESPONSE_BYTES = 64 * 1024;
const USER_AGENT = 'Bulwark-Webhooks/1';

export type Resolver = (host: string) => Promise<LookupAddress[]>;

export interface VettedTarget {
  readonly target: ParsedTarget;
  /** The address that was checked, and the only one the request will connect to. */
  readonly address: LookupAddress;
}

export interface SendResult {
  readonly ok: boolean;
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly latencyMs: number;
}

export interface SenderOptions extends TargetRules {
  readonly timeoutMs: number;
}

const systemResolver: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

/** A `lookup` for the socket that answers only with the address already vetted (no second, rebindable lookup). */
function pinnedLookup(address: LookupAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [address]);
    else callback(null, address.address, address.family);
  };
}

function describeError(error: Error & { code?: string }): string {
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    EPIPE: 'connection closed',
  };
  const text = (error.code && known[error.code]) ?? error.message ?? error.code ?? 'request failed';
  return text.slice(0, 200);
}

/**
 * Outbound HTTP for webhooks, safe against server-side request forgery: the host is resolved once, every address
 * it resolves to is checked (see webhook-target.ts), and the socket connects to the checked address. A deadline
 * covers the whole exchange; redirects are not followed; at most MAX_RESPONSE_BYTES of the answer are read.
 */
export class WebhookSender {
  constructor(
    private readonly options: SenderOptions,
    private readonly resolve: Resolver = systemResolver,
  ) {}

  /** Resolves and checks a URL: why it may not be used, or the vetted target. */
  async vet(rawUrl: string): Promise<VettedTarget | { problem: string }> {
    const target = parseTarget(rawUrl);
    if ('problem' in target) return target;
    let addresses: LookupAddress[];
    const family = isIP(target.host);
    if (family !== 0) {
      addresses = [{ address: target.host, family }];
    } else {
      try {
        addresses = await this.withDeadline(this.resolve(target.host), 'resolving its host timed out');
      } catch {
        return { problem: 'its host does not resolve' };
      }
    }
    const problem = refusalOfAddresses(
      target,
      addresses.map((a) => a.address),
      this.options,
    );
    if (problem) return { problem };
    return { target, address: addresses[0] };
  }

  /** POSTs `body` to `rawUrl`. Never throws: a refusal, a network error or a non-2xx status is a failed result. */
  async post(rawUrl: string, headers: Record<string, string>, body: string): Promise<SendResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const vetted = await this.vet(rawUrl);
    if ('problem' in vetted) {
      return { ok: false, statusCode: null, error: `refused: ${vetted.problem}`, latencyMs: elapsed() };
    }
    const outcome = await this.exchange(vetted, headers, body, Math.max(1, this.options.timeoutMs - elapsed()));
    return { ...outcome, latencyMs: elapsed() };
  }

  private exchange(
    { target, address }: VettedTarget,
    headers: Record<string, string>,
    body: string,
    timeoutMs: number,
  ): Promise<Omit<SendResult, 'latencyMs'>> {
    return new Promise((resolve) => {
      let settled = false;
      const settle = (result: Omit<SendResult, 'latencyMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        request.destroy();
        resolve(result);
      };
      const options: RequestOptions & { servername?: string } = {
        method: 'POST',
        hostname: target.host,
        port: target.port,
        path: `${target.url.pathname}${target.url.search}`,
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)), 'User-Agent': USER_AGENT },
        agent: false,
        lookup: pinnedLookup(address),
      };
      if (target.secure && isIP(target.host) === 0) options.servername = target.host;
      const onResponse = (response: IncomingMessage) => {
        const statusCode = response.statusCode ?? 0;
        const result = () => {
          if (statusCode >= 200 && statusCode < 300) return { ok: true, statusCode, error: null };
          if (statusCode >= 300 && statusCode < 400)
            return { ok: false, statusCode, error: `redirect (HTTP ${statusCode}) not followed` };
          return { ok: false, statusCode, error: `HTTP ${statusCode}` };
        };
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) settle(result());
        });
        response.on('end', () => settle(result()));
        response.on('error', () => settle(result()));
      };
      const request = (target.secure ? https : http).request(options, onResponse);
      const deadline = setTimeout(
        () => settle({ ok: false, statusCode: null, error: `timed out after ${this.options.timeoutMs} ms` }),
        timeoutMs,
      );
      request.on('error', (error) => settle({ ok: false, statusCode: null, error: describeError(error) }));
      request.end(body);
    });
  }

  private withDeadline<T>(work: Promise<T>, message: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), this.options.timeoutMs);
    });
    return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
  }
}
