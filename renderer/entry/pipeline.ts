// Markdown source → hast, the way react-markdown does it (remark-gfm, then
// rehype-highlight; raw HTML becomes text; URLs pass react-markdown's
// defaultUrlTransform; images only from the journal, see sanitizeImage), as a plain function so it runs in the markdown worker
// as well as on the main thread. No React here.
import type { Element, Root, RootContent } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import { defaultUrlTransform } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { imageIdOf } from '../../db/common/images';
import { capNesting } from './nesting';

// Only fenced blocks that name their language are highlighted: guessing is slow on long bodies.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeHighlight);

/** Deeper trees than this are refused: turning them into React recurses once per level. */
export const MAX_TREE_DEPTH = 400;

export class MarkdownTooDeepError extends Error {
  constructor() {
    super(`The markdown nests more than ${MAX_TREE_DEPTH} levels deep.`);
    this.name = 'MarkdownTooDeepError';
  }
}

/**
 * Images load only from the journal itself: a `pileup-image:` source is kept
 * for the img component to point at the host; any other source (https://…, a
 * relative path) is removed before anything could fetch it, and its host kept
 * in `data-blocked-src` so the component shows a placeholder saying so.
 */
function sanitizeImage(element: Element): void {
  const value = element.properties['src'];
  const src = typeof value === 'string' ? value : '';
  delete element.properties['srcSet'];
  if (imageIdOf(src)) return;
  delete element.properties['src'];
  element.properties['dataBlockedSrc'] = blockedSourceName(src);
}

/** What a placeholder names for a source it did not load: the host of a web address, else the address itself, shortened. */
function blockedSourceName(src: string): string {
  try {
    const url = new URL(src);
    if (url.host) return url.host;
  } catch {
    // Not an absolute URL: name it as written.
  }
  return src.length > 60 ? `${src.slice(0, 57)}…` : src;
}

function sanitizeElement(element: Element): void {
  if (element.tagName === 'img') {
    sanitizeImage(element);
    if (element.properties['src'] !== undefined) return;
  }
  for (const [name, tags] of Object.entries(urlAttributes)) {
    if (!Object.hasOwn(element.properties, name)) continue;
    if (tags === null || tags.includes(element.tagName)) {
      const value = element.properties[name];
      element.properties[name] = defaultUrlTransform(typeof value === 'string' ? value : String(value ?? ''));
    }
  }
}

/**
 * Walks the tree without recursion: raw HTML becomes text (never markup),
 * URLs are sanitised, and a tree deeper than MAX_TREE_DEPTH is refused.
 * Source positions are dropped: nothing reads them, and they are half of
 * what the worker would copy back for a big body.
 */
function postProcess(tree: Root): Root {
  const stack: { children: RootContent[]; depth: number }[] = [{ children: tree.children, depth: 1 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    if (top.depth > MAX_TREE_DEPTH) throw new MarkdownTooDeepError();
    const { children, depth } = top;
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      if (!node) continue;
      delete node.position;
      if (node.type === 'raw') {
        children[i] = { type: 'text', value: node.value };
      } else if (node.type === 'element') {
        sanitizeElement(node);
        stack.push({ children: node.children, depth: depth + 1 });
        if (node.content) stack.push({ children: node.content.children, depth: depth + 1 });
      }
    }
  }
  return tree;
}

/** The hast of one markdown document (or section), nesting capped; throws on what cannot be drawn. */
export function markdownToHast(source: string): Root {
  const capped = capNesting(source);
  return postProcess(processor.runSync(processor.parse(capped)));
}
