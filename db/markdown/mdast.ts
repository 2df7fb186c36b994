// Markdown parsed the way the app renders it (CommonMark + GFM), for the Slack
// and HTML copies.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** Links we write into a copy: web and mail addresses, or ones within the page; never javascript: or data:. */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('#') || trimmed.startsWith('/')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (!scheme) return !trimmed.includes(':');
  return ['http', 'https', 'mailto'].includes((scheme[1] ?? '').toLowerCase());
}
