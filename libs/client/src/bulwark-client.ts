import type {
  BulletinEventStream,
  Bulletin,
  BulletinSummary,
  SecondFactorAnswer,
  SecondFactorChallenge,
  SessionStore,
  StoredSession,
  Viewer,
} from './bulwark-types';
import { everyNode } from './connection-pages';
import { BulwarkError } from './errors';
import { openBulletinEventStream, type EventStreamOptions } from './events/bulletin-event-stream';
import {
  AmendBulletinDocument,
  BulletinByReferenceDocument,
  BulletinDocument,
  BulletinsDocument,
  CompleteSignInDocument,
  CountBulletinsDocument,
  CreateBulletinDocument,
  LatestEventSequenceDocument,
  LoginDocument,
  LogoutDocument,
  PublishBulletinDocument,
  RefreshSessionDocument,
  RetractBulletinDocument,
  StixBundleDocument,
  SubmitBulletinDocument,
  ViewerDocument,
  type AmendBulletinInput,
  type BulletinFilter,
  type CreateBulletinInput,
  type SessionFieldsFragment,
  type TypedDocumentString,
} from './generated/graphql';
import { GraphqlHttpTransport } from './graphql-http-transport';
import { memorySessionStore, SessionTokens, type IssuedSession } from './session-tokens';

export interface BulwarkClientOptions {
  /** The server's base URL, e.g. 'http://127.0.0.1:3000': GraphQL at /graphql, WebSocket at ws(s)://…/graphql. */
  url: string;
  /** A partner system's API key; not together with a session. */
  apiKey?: string;
  /** A session saved earlier (its refresh token, and its access token if any) to resume; not with sessionStore. */
  session?: StoredSession;
  /**
   * Where the session is kept when several clients share it (processes, workers): read before each renewal, saved
   * after it, renewals made one at a time under its `exclusive`. Not together with `session`.
   */
  sessionStore?: SessionStore;
  /**
   * Called after every sign-in and renewal with the new session (persist it: the old refresh token no longer works),
   * and with null on signOut or when the server ended the session.
   */
  onSession?: (session: StoredSession | null) => void | Promise<void>;
  /** Default globalThis.fetch. */
  fetch?: typeof fetch;
  /** Default globalThis.WebSocket; Node 20 has none: pass `ws`'s WebSocket. */
  webSocketImpl?: unknown;
  userAgent?: string;
}

export interface SignInInput {
  email: string;
  password: string;
  /** Answers login's challenge for accounts with a second factor; without it such a sign-in is SECOND_FACTOR_REQUIRED. */
  secondFactor?: (challenge: SecondFactorChallenge) => Promise<SecondFactorAnswer>;
}

export interface BulletinListOptions {
  filter?: BulletinFilter;
  orderBy?: 'NEWEST' | 'RELEVANCE';
  /** Bulletins per request, 1 to 100. Default 100. */
  pageSize?: number;
}

/** `events()`'s options: see EventStreamOptions. */
export type BulletinEventsOptions = EventStreamOptions;

const DEFAULT_PAGE_SIZE = 100;

/** A typed client of Bulwark's GraphQL API, for partner systems: a person's session or an organization's API key. */
export class BulwarkClient {
  private readonly transport: GraphqlHttpTransport;
  private readonly session: SessionTokens;
  private readonly apiKey: string | undefined;
  private readonly wsUrl: string;
  private readonly webSocketImpl: unknown;
  private readonly closing = new AbortController();
  /** The access token the event streams' sockets last connected with: a 4401 renews it unless already renewed. */
  private socketToken: string | undefined;

  constructor(options: BulwarkClientOptions) {
    if (options.apiKey !== undefined && (options.session !== undefined || options.sessionStore !== undefined)) {
      throw new TypeError('BulwarkClient: give either apiKey or a session, not both.');
    }
    if (options.session !== undefined && options.sessionStore !== undefined) {
      throw new TypeError('BulwarkClient: give either session or sessionStore (load it from there), not both.');
    }
    const base = options.url.replace(/\/+$/, '');
    const endpoint = base.endsWith('/graphql') ? base : `${base}/graphql`;
    this.wsUrl = endpoint.replace(/^http/, 'ws');
    this.webSocketImpl = options.webSocketImpl ?? (globalThis as { WebSocket?: unknown }).WebSocket;
    this.apiKey = options.apiKey;
    this.transport = new GraphqlHttpTransport({
      endpoint,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      userAgent: options.userAgent,
    });
    this.session = new SessionTokens({
      renew: (token) => this.renew(token),
      store: options.sessionStore ?? memorySessionStore(options.session),
      onSession: options.onSession,
    });
  }

  /** Signs in with email and password, and the second factor when the account has one. */
  async signIn(input: SignInInput): Promise<Viewer> {
    if (this.apiKey !== undefined) throw new TypeError('BulwarkClient: this client uses an API key.');
    const { login } = await this.publicRequest(LoginDocument, {
      input: { email: input.email, password: input.password },
    });
    const challenge = login.secondFactor;
    if (!challenge) return this.adopt(login);
    if (challenge.enrolmentRequired || !input.secondFactor) {
      throw new BulwarkError(
        'SECOND_FACTOR_REQUIRED',
        challenge.enrolmentRequired
          ? 'This account must enrol a second factor first (in the portal).'
          : 'This account needs a second factor: pass a secondFactor callback to signIn.',
        { extensions: { methods: challenge.methods, enrolmentRequired: challenge.enrolmentRequired } },
      );
    }
    const answer = await input.secondFactor({
      methods: [...challenge.methods],
      challengeToken: challenge.challengeToken,
    });
    const { completeSignIn } = await this.publicRequest(CompleteSignInDocument, {
      input: { challengeToken: challenge.challengeToken, totpCode: answer.totpCode, recoveryCode: answer.recoveryCode },
    });
    return this.adopt(completeSignIn);
  }

  /** Ends the session on the server (its tokens stop working) and tells onSession(null). */
  async signOut(): Promise<void> {
    try {
      if (await this.session.active()) await this.request(LogoutDocument);
    } catch (error) {
      // A session the server already ended is as signed out as it gets.
      if (!(error instanceof BulwarkError && error.code === 'UNAUTHENTICATED')) throw error;
    } finally {
      await this.session.end();
    }
  }

  async viewer(): Promise<Viewer> {
    return (await this.request(ViewerDocument)).viewer;
  }

  /** Every bulletin the filter matches that the caller may read (newest first by default), fetched page by page. */
  bulletins(options: BulletinListOptions = {}): AsyncIterableIterator<BulletinSummary> {
    const first = options.pageSize ?? DEFAULT_PAGE_SIZE;
    return everyNode(async (after) => {
      const { bulletins } = await this.request(BulletinsDocument, {
        first,
        after,
        filter: options.filter,
        orderBy: options.orderBy ?? 'NEWEST',
      });
      return { nodes: bulletins.edges.map((edge) => edge.node), ...bulletins.pageInfo };
    });
  }

  /** A full-text search, most relevant first (the server ranks its 500 newest matches). */
  search(text: string, options: Omit<BulletinListOptions, 'orderBy'> = {}): AsyncIterableIterator<BulletinSummary> {
    return this.bulletins({ ...options, filter: { ...options.filter, search: text }, orderBy: 'RELEVANCE' });
  }

  /** How many bulletins match: exact up to 1,000; above that 1,000 with exact false. */
  async countBulletins(filter?: BulletinFilter): Promise<{ totalCount: number; exact: boolean }> {
    const { bulletins } = await this.request(CountBulletinsDocument, { filter });
    return { totalCount: bulletins.totalCount, exact: bulletins.totalCountIsExact };
  }

  /** Null when it does not exist or the caller may not read it (the server does not tell which). */
  async bulletin(id: string): Promise<Bulletin | null> {
    return (await this.request(BulletinDocument, { id })).bulletin;
  }

  async bulletinByReference(reference: string): Promise<Bulletin | null> {
    return (await this.request(BulletinByReferenceDocument, { reference })).bulletinByReference;
  }

  /** The newest event's sequence: start `events({ since })` from it to miss nothing from now on. */
  async latestEventSequence(): Promise<number> {
    return (await this.request(LatestEventSequenceDocument)).latestEventSequence;
  }

  /** Bulletin events as they happen, resuming by itself after a dropped connection (see docs/client.md). */
  events(options: BulletinEventsOptions = {}): BulletinEventStream {
    const signals = options.signal ? [options.signal, this.closing.signal] : [this.closing.signal];
    return openBulletinEventStream(
      {
        wsUrl: this.wsUrl,
        webSocketImpl: this.webSocketImpl,
        connectionParams: () => this.connectionParams(),
        onAuthExpired: async () => {
          await this.session.renewAfterRejection(this.socketToken);
        },
      },
      { ...options, signal: AbortSignal.any(signals) },
    );
  }

  async createDraft(input: CreateBulletinInput): Promise<Bulletin> {
    return (await this.request(CreateBulletinDocument, { input })).createBulletin;
  }

  /** Sends a draft for review; RED needs approverUserId. */
  async submit(input: { id: string; approverUserId?: string; expectedVersion?: number }): Promise<Bulletin> {
    return (await this.request(SubmitBulletinDocument, { input })).submitBulletin;
  }

  /** Publishes a draft, or releases a pending AMBER_STRICT or RED amendment. */
  async publish(input: { id: string; expectedVersion?: number }): Promise<Bulletin> {
    return (await this.request(PublishBulletinDocument, { input })).publishBulletin;
  }

  async amend(input: AmendBulletinInput): Promise<Bulletin> {
    return (await this.request(AmendBulletinDocument, { input })).amendBulletin;
  }

  async retract(input: { id: string; reason: string; expectedVersion?: number }): Promise<Bulletin> {
    return (await this.request(RetractBulletinDocument, { input })).retractBulletin;
  }

  /** The STIX 2.1 bundle of a published or retracted bulletin, as JSON text. */
  async stixBundle(bulletinId: string): Promise<string> {
    return (await this.request(StixBundleDocument, { bulletinId })).stixBundle;
  }

  /**
   * Any operation, with the client's credentials: a generated document (typed), or a query string with the
   * result type given, e.g. `request<{ serverInfo: { version: string } }, {}>('{ serverInfo { version } }')`.
   */
  async request<R, V>(document: TypedDocumentString<R, V> | string, variables?: V): Promise<R> {
    const query = document.toString();
    const token = await this.session.accessToken();
    try {
      return await this.transport.execute<R>(query, variables, this.headersFor(token));
    } catch (error) {
      if (token === undefined || !isExpiredToken(error)) throw error;
      const renewed = await this.session.renewAfterRejection(token);
      return this.transport.execute<R>(query, variables, this.headersFor(renewed));
    }
  }

  /** Ends every event stream of this client; the session stays (signOut ends it). */
  close(): Promise<void> {
    this.closing.abort();
    return Promise.resolve();
  }

  private async connectionParams(): Promise<Record<string, unknown>> {
    if (this.apiKey !== undefined) return { apiKey: this.apiKey };
    this.socketToken = await this.session.accessToken();
    return this.socketToken === undefined ? {} : { authorization: `Bearer ${this.socketToken}` };
  }

  private headersFor(token: string | undefined): Record<string, string> {
    if (this.apiKey !== undefined) return { 'x-api-key': this.apiKey };
    return token === undefined ? {} : { authorization: `Bearer ${token}` };
  }

  /** login, completeSignIn and refreshSession go without credentials: a stale one would make them fail. */
  private publicRequest<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
    return this.transport.execute<R>(document.toString(), variables, {});
  }

  private async renew(refreshToken: string): Promise<IssuedSession> {
    const { refreshSession } = await this.publicRequest(RefreshSessionDocument, { input: { refreshToken } });
    return issuedOf(refreshSession);
  }

  private async adopt(payload: SessionFieldsFragment): Promise<Viewer> {
    await this.session.adopt(issuedOf(payload));
    if (!payload.viewer) throw new BulwarkError('INTERNAL', 'The server signed in without saying who.');
    return payload.viewer;
  }
}

function issuedOf(payload: SessionFieldsFragment): IssuedSession {
  const { accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt } = payload;
  if (!accessToken || !accessTokenExpiresAt || !refreshToken || !refreshTokenExpiresAt) {
    throw new BulwarkError('INTERNAL', 'The server answered a sign-in without its tokens.');
  }
  return { accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt };
}

function isExpiredToken(error: unknown): boolean {
  return (
    error instanceof BulwarkError && error.code === 'UNAUTHENTICATED' && error.extensions['reason'] === 'TOKEN_EXPIRED'
  );
}
