/** How often a saved feed's matches that are not mailed at once are gathered into one mail. */
export enum MailDigest {
  NONE = 'NONE',
  HOURLY = 'HOURLY',
  DAILY = 'DAILY',
}

/** What one mail is. */
export enum MailKind {
  /** One bulletin, soon after it was published or amended (amendments within a window coalesce). */
  IMMEDIATE = 'IMMEDIATE',
  /** Every bulletin a feed matched since its last digest, each once, at its latest revision. */
  DIGEST = 'DIGEST',
  /** A bulletin the recipient was mailed has been retracted. */
  RETRACTION = 'RETRACTION',
}

/** Where one mail stands in the outbox. */
export enum MailStatus {
  /** Not tried yet. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** The last attempt failed; another is scheduled. */
  FAILED = 'FAILED',
  /** Every attempt failed: given up. */
  DEAD = 'DEAD',
  /** Not sent: at sending time there was nothing the recipient could still receive (R17). */
  SKIPPED = 'SKIPPED',
}

/**
 * How much of a bulletin an organization lets mail carry to its members and mailboxes. The tier rules cap every
 * level (never a summary above GREEN, never a body, nothing but a notice for RED); a level only takes away.
 */
export enum MailDetail {
  /** Title, tier, severity, reference and link; the summary as well for CLEAR and GREEN. */
  STANDARD = 'STANDARD',
  /** Title, tier, severity, reference and link; never a summary. */
  HEADLINES = 'HEADLINES',
  /** Only that a bulletin awaits in the portal, with its tier and a link. */
  NOTICE = 'NOTICE',
}
