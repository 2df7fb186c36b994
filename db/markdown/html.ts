// Copy as HTML, for Confluence pages and e-mail: markdown (CommonMark + GFM)
// to clean HTML — headings, lists, tables, code, links. Raw HTML in an entry is
// shown as text, never passed through; images become links (the copy loads
// nothing remote); links keep only web, mail and in-page addresses.
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { isSafeUrl, parseMarkdown } from './mdast';

type Parent = Extract<Nodes, { children: unknown[] }>;

/** Parents whose children are blocks: raw HTML there becomes a paragraph of text. */
const FLOW = new Set<string>(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** The node as it may appear in a copy: HTML as text, an image as a link to it, an unsafe link as its text. */
function cleaned(node: RootContent, flow: boolean): RootContent[] {
  if (node.type === 'html') return flow ? [{ type: 'paragraph', children: [{ type: 'text', value: node.value }] }] : [{ type: 'text', value: node.value }];
  if (node.type === 'image') {
    const text: PhrasingContent = { type: 'text', value: node.alt || node.url };
    return isSafeUrl(node.url) ? [{ type: 'link', url: node.url, title: node.title ?? null, children: [text] }] : [text];
  }
  if ((node.type === 'link' || node.type === 'definition') && !isSafeUrl(node.url)) {
    return node.type === 'link' ? node.children.flatMap((child) => cleaned(child, false)) : [];
  }
  if ('children' in node) clean(node);
  return [node];
}

function clean(parent: Parent): void {
  // Each kind of parent holds only children of kinds it allows; cleaning keeps html and images within phrasing, where they were.
  const flow = FLOW.has(parent.type);
  const children: RootContent[] = parent.children.flatMap((child: RootContent) => cleaned(child, flow));
  Object.assign(parent, { children });
}

const toHast = unified().use(remarkRehype);

export function markdownToHtml(markdown: string): string {
  const tree: Root = parseMarkdown(markdown);
  clean(tree);
  const hast = toHast.runSync(tree);
  return `${toHtml(hast, { characterReferences: { useNamedReferences: true } })}\n`;
}
