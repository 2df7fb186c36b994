// Copy for Slack: markdown turned into Slack's mrkdwn. Slack has no headings,
// tables or nested emphasis markers of its own, so headings become bold lines,
// lists `•` bullets, links `<url|text>`, tables one line per row; `&`, `<`, `>`
// are escaped as Slack asks, code stays in backticks untouched.
import type { PhrasingContent, RootContent, Table } from 'mdast';
import { isSafeUrl, parseMarkdown } from './mdast';

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Inside `<url|text>` a `|` or `>` would end the link early. */
const linkText = (text: string): string => text.replace(/[|>]/g, ' ').trim();

function inline(nodes: readonly PhrasingContent[], plain = false): string {
  return nodes.map((node) => phrase(node, plain)).join('');
}

/** One inline node; `plain` drops emphasis markers (inside a bold heading line, or a link's text). */
function phrase(node: PhrasingContent, plain: boolean): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.value);
    case 'strong':
      return plain ? inline(node.children, true) : `*${inline(node.children, true)}*`;
    case 'emphasis':
      return plain ? inline(node.children, true) : `_${inline(node.children, true)}_`;
    case 'delete':
      return plain ? inline(node.children, true) : `~${inline(node.children, true)}~`;
    case 'inlineCode':
      return `\`${escapeText(node.value.replace(/`/g, 'ˋ'))}\``;
    case 'break':
      return '\n';
    case 'link': {
      const text = linkText(inline(node.children, true));
      if (!isSafeUrl(node.url)) return text;
      return text && text !== node.url ? `<${node.url}|${text}>` : `<${node.url}>`;
    }
    case 'image':
      return isSafeUrl(node.url) ? `<${node.url}|${linkText(escapeText(node.alt ?? '')) || node.url}>` : escapeText(node.alt ?? '');
    case 'html':
      return escapeText(node.value);
    case 'footnoteReference':
      return `[${escapeText(node.label ?? node.identifier)}]`;
    default:
      return '';
  }
}

function table(node: Table): string[] {
  return node.children.map((row, index) => {
    const cells = row.children.map((cell) => inline(cell.children, index === 0));
    return index === 0 ? `*${cells.join(' · ')}*` : cells.join(' · ');
  });
}

/** A block as lines; list items indent their nested blocks by `depth`. */
function block(node: RootContent, depth: number): string[] {
  switch (node.type) {
    case 'heading':
      return [`*${inline(node.children, true)}*`];
    case 'paragraph':
      return inline(node.children).split('\n');
    case 'code':
      return ['```', ...escapeText(node.value.replace(/```/g, 'ˋˋˋ')).split('\n'), '```'];
    case 'blockquote':
      return blocks(node.children, depth).map((line) => (line ? `> ${line}` : '>'));
    case 'list': {
      const indent = '    '.repeat(depth);
      const start = node.start ?? 1;
      const lines: string[] = [];
      node.children.forEach((item, index) => {
        const check = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
        const marker = node.ordered ? `${start + index}.` : '•';
        const [first = '', ...rest] = item.children.flatMap((child, i) => {
          const childLines = child.type === 'list' ? block(child, depth + 1) : block(child, depth);
          return i > 0 && child.type !== 'list' ? ['', ...childLines] : childLines;
        });
        lines.push(`${indent}${marker} ${check}${first.trimStart()}`, ...rest.map((line) => (line.startsWith(indent) || line === '' ? line : `${indent}    ${line}`)));
      });
      return lines;
    }
    case 'table':
      return table(node);
    case 'thematicBreak':
      return ['———'];
    case 'html':
      return [escapeText(node.value)];
    case 'footnoteDefinition':
      return [`[${escapeText(node.label ?? node.identifier)}] ${blocks(node.children, depth).join(' ')}`];
    case 'definition':
      return [];
    default:
      return [];
  }
}

function blocks(nodes: readonly RootContent[], depth: number): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const lines = block(node, depth);
    if (lines.length === 0) continue;
    if (out.length) out.push('');
    out.push(...lines);
  }
  return out;
}

export function markdownToSlack(markdown: string): string {
  return `${blocks(parseMarkdown(markdown).children, 0).join('\n')}\n`;
}
