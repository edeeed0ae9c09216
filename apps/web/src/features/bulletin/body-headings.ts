const HEADING_TAG = /<(\/?)h([1-6])(?=[\s>])/g;

/**
 * Moves the body's headings down so its highest one sits at `top` (h2 under the page's h1), keeping their order:
 * a bulletin written with "# Background" must not add a second h1, nor skip from h1 to h4.
 * Only tags the server's Markdown renderer wrote can match: it escapes raw HTML in the source as `&lt;h1`.
 */
export function demoteHeadings(html: string, top = 2): string {
  let highest = 7;
  for (const match of html.matchAll(HEADING_TAG)) highest = Math.min(highest, Number(match[2]));
  if (highest === 7 || highest >= top) return html;
  const shift = top - highest;
  return html.replace(
    HEADING_TAG,
    (_tag, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`,
  );
}
