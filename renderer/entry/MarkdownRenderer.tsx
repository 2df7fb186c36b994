// Entry bodies as GitHub-flavoured markdown. No rehype-raw: HTML in a body is
// shown as text, never executed. Links leave the app only for http(s) and mailto.
//
// Small bodies are parsed here, at once. Big ones (above SECTION_CHARS) are cut
// into sections that the markdown worker parses one after another, and only
// those near the screen are drawn (SectionedMarkdown), so opening a 1 MB or
// 8 MB entry never holds the main thread for more than one section.
import { memo, useEffect, useMemo } from 'react';
import { hastToReact } from './hastToReact';
import { highlightHast, type HighlightRequest } from './highlight';
import { markdownToHast } from './pipeline';
import { SectionedMarkdown } from './SectionedMarkdown';
import { SECTION_CHARS } from './sections';

export interface MarkdownProps {
  source: string;
  /** Search hits to mark, while a search is active. */
  highlight?: HighlightRequest | undefined;
}

export const MarkdownRenderer = memo(function MarkdownRenderer({ source, highlight }: MarkdownProps) {
  return source.length <= SECTION_CHARS ? <WholeMarkdown source={source} highlight={highlight} /> : <SectionedMarkdown source={source} highlight={highlight} />;
});

function WholeMarkdown({ source, highlight }: MarkdownProps) {
  const matcher = highlight?.matcher ?? null;
  const onCounts = highlight?.onCounts;
  // Throws for what cannot be drawn; the error boundary around Markdown shows the text instead.
  const { content, hits } = useMemo(() => {
    const tree = markdownToHast(source);
    const hits = highlightHast(tree, matcher);
    return { content: hastToReact(tree), hits };
  }, [source, matcher]);
  useEffect(() => onCounts?.([hits]), [hits, onCounts]);
  return (
    <div className="markdown" data-section={0}>
      {content}
    </div>
  );
}
