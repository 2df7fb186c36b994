// Entry bodies as GitHub-flavoured markdown. No rehype-raw: HTML in a body is
// shown as text, never executed. Links leave the app only for http(s) and mailto.
//
// Small bodies are parsed here, at once. Big ones (above SECTION_CHARS) are cut
// into sections that the markdown worker parses one after another, and only
// those near the screen are drawn (SectionedMarkdown), so opening a 1 MB or
// 8 MB entry never holds the main thread for more than one section.
import { memo, useMemo } from 'react';
import { hastToReact } from './hastToReact';
import { markdownToHast } from './pipeline';
import { SectionedMarkdown } from './SectionedMarkdown';
import { SECTION_CHARS } from './sections';

export const MarkdownRenderer = memo(function MarkdownRenderer({ source }: { source: string }) {
  return source.length <= SECTION_CHARS ? <WholeMarkdown source={source} /> : <SectionedMarkdown source={source} />;
});

function WholeMarkdown({ source }: { source: string }) {
  // Throws for what cannot be drawn; the error boundary around Markdown shows the text instead.
  const content = useMemo(() => hastToReact(markdownToHast(source)), [source]);
  return <div className="markdown">{content}</div>;
}
