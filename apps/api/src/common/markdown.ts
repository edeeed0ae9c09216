import MarkdownIt from 'markdown-it';

// Raw HTML in a bulletin or an incident report is shown as text, never markup; links are limited to markdown-it's safe schemes
// (no javascript:, vbscript:, file: or non-image data:) and open without a referrer.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
const defaultLinkOpen = markdown.renderer.rules['link_open'];
markdown.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
  tokens[idx]?.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen ? defaultLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
