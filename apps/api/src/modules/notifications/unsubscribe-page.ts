import { escapeHtml } from './mail-templates';

/** One small page in the portal's look (its font, its blue), with no script: mail clients and browsers alike. */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Bulwark</title>
<style>
  body { margin: 0; background: #f1f3f5; color: #212529;
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
  header { background: #fff; border-bottom: 1px solid #dee2e6; padding: 12px 24px; font-weight: 700; font-size: 18px; }
  main { max-width: 560px; margin: 48px auto; padding: 24px 28px; background: #fff; border: 1px solid #dee2e6;
    border-radius: 4px; }
  h1 { font-size: 22px; margin: 0 0 12px; }
  p { line-height: 1.5; }
  button { background: #1971c2; color: #fff; border: 0; border-radius: 4px; padding: 10px 18px; font: inherit;
    font-weight: 600; cursor: pointer; }
  button:focus-visible { outline: 3px solid #74c0fc; outline-offset: 2px; }
  .dimmed { color: #495057; font-size: 14px; }
</style>
</head>
<body>
<header>Bulwark</header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** Asks before turning the subscription off: a link scanner following the mail's links must not unsubscribe. */
export function confirmPage(name: string, action: string): string {
  return page(
    'Unsubscribe',
    `<h1>Stop e-mail for “${escapeHtml(name)}”?</h1>
<p>You will get no more mail for it: neither immediate mail nor digests. The feed itself stays, and you can turn its
mail on again in Bulwark.</p>
<form method="post" action="${escapeHtml(action)}">
<button type="submit">Unsubscribe</button>
</form>`,
  );
}

export function donePage(name: string): string {
  return page(
    'Unsubscribed',
    `<h1>Unsubscribed</h1>
<p>You will no longer get mail for “${escapeHtml(name)}”.</p>
<p class="dimmed">Changed your mind? Turn its mail on again in Bulwark.</p>`,
  );
}

export function alreadyOffPage(name: string): string {
  return page(
    'No mail',
    `<h1>No mail</h1>
<p>You already get no mail for “${escapeHtml(name)}”.</p>`,
  );
}

export function goneUnsubscribePage(): string {
  return page(
    'No mail',
    `<h1>No mail</h1>
<p>This subscription no longer exists: no mail comes from it.</p>`,
  );
}

export function badLinkPage(): string {
  return page(
    'Link not valid',
    `<h1>This link is not valid</h1>
<p>Nothing was changed. Use the unsubscribe link of a recent mail as it was sent, or change the feed's mail in
Bulwark.</p>`,
  );
}
