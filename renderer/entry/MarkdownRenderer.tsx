// Entry bodies as GitHub-flavoured markdown. No rehype-raw: HTML in a body is
// shown as text, never executed. Links leave the app only for http(s) and mailto.
import { memo } from 'react';
import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import remarkGfm from 'remark-gfm';

const remarkPlugins = [remarkGfm];
// Only fenced blocks that name their language are highlighted: guessing is slow on long bodies.
const rehypePlugins = [rehypeHighlight];

const components: Components = {
  a({ href, children, node: _node, ...rest }) {
    const external = typeof href === 'string' && /^(https?:|mailto:)/i.test(href);
    return (
      <a {...rest} href={href} {...(external ? { target: '_blank', rel: 'noreferrer noopener' } : {})}>
        {children}
      </a>
    );
  },
};

export const MarkdownRenderer = memo(function MarkdownRenderer({ source }: { source: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components} urlTransform={defaultUrlTransform}>
        {source}
      </ReactMarkdown>
    </div>
  );
});
