import { demoteHeadings } from './body-headings';
import classes from './bulletin-page.module.css';

/**
 * The bulletin's text as the server rendered it from Markdown. Safe to insert: the server renders with raw HTML
 * turned off, so HTML in the source arrives as escaped text, and markdown-it refuses javascript:, vbscript:, file:
 * and non-image data: links (apps/api/src/modules/bulletins/markdown.ts). demoteHeadings only renumbers the
 * heading tags that renderer wrote.
 * This is the one place the portal inserts HTML.
 */
export function BulletinBody({ html }: { html: string }) {
  return <div className={classes['body']} dangerouslySetInnerHTML={{ __html: demoteHeadings(html) }} />;
}
