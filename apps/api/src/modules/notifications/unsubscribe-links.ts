import { Inject, Injectable } from '@nestjs/common';
import { SecretBox } from '@api/auth/secret-box';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';

const CONTEXT = 'mail-unsubscribe';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Signed one-click unsubscribe links (RFC 8058): `<subscription id>.<HMAC of it>`. Only the server can make one,
 * so a link turns off the one subscription it names and nothing else; it needs no sign-in, as mail clients follow
 * it on their own. It does not expire: an old mail's link still works, and turning mail off is all it can do.
 */
@Injectable()
export class UnsubscribeLinks {
  constructor(
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  tokenFor(subscriptionId: string): string {
    return `${subscriptionId}.${this.box.sign(subscriptionId, CONTEXT)}`;
  }

  urlFor(subscriptionId: string): string {
    const base = this.config.auth.publicUrl.replace(/\/+$/, '');
    return `${base}/mail/unsubscribe?token=${encodeURIComponent(this.tokenFor(subscriptionId))}`;
  }

  /** The subscription a token names, or null when it is not one this server signed. */
  subscriptionOf(token: unknown): string | null {
    if (typeof token !== 'string' || token.length > 200) return null;
    const dot = token.indexOf('.');
    const subscriptionId = token.slice(0, dot);
    if (dot < 0 || !UUID.test(subscriptionId)) return null;
    return this.box.verify(subscriptionId, CONTEXT, token.slice(dot + 1)) ? subscriptionId : null;
  }
}
