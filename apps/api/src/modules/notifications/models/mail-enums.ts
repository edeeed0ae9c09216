import { registerEnumType } from '@nestjs/graphql';
import { MailDetail, MailDigest, MailKind, MailStatus } from '@bulwark/domain';

registerEnumType(MailDigest, {
  name: 'MailDigest',
  description: 'How often the matches that are not mailed at once are gathered into one mail.',
});
registerEnumType(MailKind, { name: 'MailKind' });
registerEnumType(MailStatus, {
  name: 'MailStatus',
  description:
    'PENDING: not tried yet. SENT: the SMTP server accepted it. FAILED: retry scheduled. DEAD: given up. SKIPPED: not sent, because at sending time nothing in it could still go to its recipient (see lastResponse).',
});
registerEnumType(MailDetail, {
  name: 'MailDetail',
  description:
    "How much of a bulletin mail to an organization's members and mailboxes carries. The tier rules cap every level: never a summary above GREEN, never a body, only a notice for RED.",
});

export { MailDetail, MailDigest, MailKind, MailStatus };
