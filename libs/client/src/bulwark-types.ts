import type { BulletinFieldsFragment, BulletinSummaryFieldsFragment, ViewerFieldsFragment } from './generated/graphql';

/** A bulletin as the API answers `bulletin(id)`: every readable field, body and indicators included. */
export type Bulletin = BulletinFieldsFragment;
/** A bulletin in a list or an event: no body, no indicators. */
export type BulletinSummary = BulletinSummaryFieldsFragment;
/** Who the server takes the caller to be. */
export type Viewer = ViewerFieldsFragment;

export interface BulletinEvent {
  sequence: number;
  type: 'PUBLISHED' | 'AMENDED' | 'RETRACTED';
  occurredAt: string;
  bulletin: BulletinSummary;
}

export interface BulletinEventStream extends AsyncIterableIterator<BulletinEvent> {
  /** The last sequence yielded: persist it to resume with `since`. */
  readonly lastSequence: number | undefined;
  /** Ends the iteration cleanly: a `for await` loop over the stream ends. */
  close(): Promise<void>;
}

/** What a partner persists to resume a session later; the refresh token rotates on every refresh. */
export interface StoredSession {
  refreshToken: string;
  refreshTokenExpiresAt: string;
  /** The access token issued with it: whoever resumes the session uses it while it is valid, without a renewal. */
  accessToken?: string;
  accessTokenExpiresAt?: string;
}

/** Where a session shared by several clients (processes of a CLI, workers of a service) is kept. */
export interface SessionStore {
  /** The newest saved session, read before every renewal: another user of the store may have renewed it meanwhile. */
  load(): Promise<StoredSession | null>;
  /** Saves a session just issued or renewed; null when it ended. */
  save(session: StoredSession | null): Promise<void>;
  /** Runs `work` while no other user of this store renews (a lock file for processes); default: just runs it. */
  exclusive?<T>(work: () => Promise<T>): Promise<T>;
}

export interface SecondFactorAnswer {
  totpCode?: string;
  recoveryCode?: string;
}

export interface SecondFactorChallenge {
  methods: string[];
  challengeToken: string;
}
