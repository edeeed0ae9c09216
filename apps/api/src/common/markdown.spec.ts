import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@api/common/markdown';

describe('bulletin Markdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('# Alert\n\n**Patch** now')).toBe('<h1>Alert</h1>\n<p><strong>Patch</strong> now</p>\n');
  });

  it('shows raw HTML as text: no script, no event handler survives', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses javascript: links and marks other links noopener', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href="javascript:');
    expect(renderMarkdown('[CISA](https://www.cisa.gov)')).toContain('rel="noopener noreferrer nofollow"');
  });
});
