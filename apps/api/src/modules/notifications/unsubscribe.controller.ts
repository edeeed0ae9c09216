import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@api/auth/access-rule.decorator';
import { alreadyOffPage, badLinkPage, confirmPage, donePage, goneUnsubscribePage } from './unsubscribe-page';
import { type UnsubscribeLookup, UnsubscribeService } from './unsubscribe.service';

/** The token as the query string carries it: read here, not through the global ValidationPipe. */
const tokenOf = (req: Request): unknown => (req.query as Record<string, unknown>)['token'];

function send(res: Response, status: number, html: string): void {
  // The token is in the address: no cache may keep the page, no other site learn it (helmet's no-referrer).
  res.status(status).set('Cache-Control', 'no-store').type('html').send(html);
}

/**
 * The target of a mail's unsubscribe link (List-Unsubscribe). GET shows one button and changes nothing, so link
 * scanners that open every URL in a mail unsubscribe no one; POST — the button, or a mail client's one-click
 * `List-Unsubscribe=One-Click` (RFC 8058), which needs no body parsed — turns the subscription off. The signed token
 * is the only authority: a forged or altered one gets 400 and changes nothing. Rate-limited per address, and kept
 * from the portal's fallback, in http/.
 */
@Controller('mail/unsubscribe')
@Public({ ignoresCredentials: true })
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @Get()
  async page(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = tokenOf(req);
    const lookup = await this.unsubscribe.lookUp(token);
    if (lookup.kind !== 'found') return this.answer(res, lookup);
    const { target } = lookup;
    if (!target.active) return send(res, 200, alreadyOffPage(target.name));
    send(res, 200, confirmPage(target.name, `/mail/unsubscribe?token=${encodeURIComponent(String(token))}`));
  }

  @Post()
  async oneClick(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.answer(res, await this.unsubscribe.unsubscribe(tokenOf(req)));
  }

  private answer(res: Response, lookup: UnsubscribeLookup): void {
    if (lookup.kind === 'invalid') return send(res, 400, badLinkPage());
    if (lookup.kind === 'gone') return send(res, 200, goneUnsubscribePage());
    send(res, 200, donePage(lookup.target.name));
  }
}
