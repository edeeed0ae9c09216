import classes from './bulletin-page.module.css';

/**
 * The bulletin's text as the server rendered it from Markdown. Safe to insert: the server renders with raw HTML
 * turned off, so HTML in the source arrives as text, and markdown-it refuses javascript:, vbscript: and data: links
 * (apps/api/src/modules/bulletins/markdown.ts).
 * This is the one place the portal inserts HTML.
 */
export function BulletinBody({ html }: { html: string }) {
  return <div className={classes['body']} dangerouslySetInnerHTML={{ __html: html }} />;
}
