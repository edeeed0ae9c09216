import { describe, expect, it } from 'vitest';
import { demoteHeadings } from './body-headings';

describe('demoteHeadings', () => {
  it('turns a body h1 into an h2 and moves the rest down with it', () => {
    expect(demoteHeadings('<h1>Background</h1>\n<p>x</p>\n<h2 id="a">Steps</h2>')).toBe(
      '<h2>Background</h2>\n<p>x</p>\n<h3 id="a">Steps</h3>',
    );
  });

  it('leaves a body whose headings already start at h2 or below alone', () => {
    const html = '<h2>What to expect</h2><ul><li>Keep logs</li></ul><h4>Note</h4>';
    expect(demoteHeadings(html)).toBe(html);
  });

  it('never goes past h6', () => {
    expect(demoteHeadings('<h1>a</h1><h6>b</h6>')).toBe('<h2>a</h2><h6>b</h6>');
  });

  it('does not touch escaped HTML from the source, or other tags starting with h', () => {
    const html = '<p>&lt;h1&gt;not a heading&lt;/h1&gt;</p><hr><h1>Real</h1>';
    expect(demoteHeadings(html)).toBe('<p>&lt;h1&gt;not a heading&lt;/h1&gt;</p><hr><h2>Real</h2>');
  });

  it('returns a body without headings unchanged', () => {
    expect(demoteHeadings('<p>Block the domains below.</p>')).toBe('<p>Block the domains below.</p>');
  });
});
