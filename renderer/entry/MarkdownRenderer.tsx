// Entry bodies as GitHub-flavoured markdown. No rehype-raw: HTML in a body is
// shown as text, never executed. Links leave the app only for http(s) and mailto.
//
// Small bodies are parsed here, at once. Big ones (above SECTION_CHARS) are cut
// into sections that the markdown worker parses one after another: the window
// shows the whole text at once, plain, and each section turns formatted as it
// arrives, so opening a 1 MB or 8 MB entry never holds the main thread for more
// than one section. Sections off screen skip layout (content-visibility).
import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { memo, useEffect, useMemo, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { parseOffThread } from './parseOffThread';
import { markdownToHast } from './pipeline';
import { SECTION_CHARS, splitSections } from './sections';

function ExternalAwareLink({ href, children, node: _node, ...rest }: ComponentProps<'a'> & { node?: unknown }) {
  const external = typeof href === 'string' && /^(https?:|mailto:)/i.test(href);
  return (
    <a {...rest} href={href} {...(external ? { target: '_blank', rel: 'noreferrer noopener' } : {})}>
      {children}
    </a>
  );
}

const components: Partial<Components> = { a: ExternalAwareLink };

function toReact(tree: Root): ReactNode {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components, ignoreInvalidStyle: true, passKeys: true, passNode: true });
}

export const MarkdownRenderer = memo(function MarkdownRenderer({ source }: { source: string }) {
  return source.length <= SECTION_CHARS ? <WholeMarkdown source={source} /> : <SectionedMarkdown source={source} />;
});

function WholeMarkdown({ source }: { source: string }) {
  // Throws for what cannot be drawn; the error boundary around Markdown shows the text instead.
  const content = useMemo(() => toReact(markdownToHast(source)), [source]);
  return <div className="markdown">{content}</div>;
}

function SectionedMarkdown({ source }: { source: string }) {
  const sections = useMemo(() => splitSections(source), [source]);
  // Drawn sections by their text: an edit in the preview re-parses only the sections it changed.
  // React elements, not hast: the trees of a big body would otherwise stay in memory beside them.
  const [trees, setTrees] = useState<ReadonlyMap<string, ReactNode>>(() => new Map());
  const [failure, setFailure] = useState<Error | null>(null);

  // What the parse loop may skip. Only the loop writes it (before each setTrees), so it never lags behind.
  const known = useRef(trees);

  useEffect(() => {
    let cancelled = false;
    const wanted = new Set(sections);
    void (async () => {
      for (const section of sections) {
        if (cancelled) return;
        if (known.current.has(section)) continue;
        let drawn: ReactNode;
        try {
          drawn = toReact(await parseOffThread(section));
        } catch (error) {
          if (!cancelled) setFailure(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (cancelled) return;
        // Sections no longer in the body are dropped here, so an editing session does not pile them up.
        const next = new Map([...known.current].filter(([text]) => wanted.has(text))).set(section, drawn);
        known.current = next;
        setTrees(next);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [sections]);

  if (failure) throw failure;
  const pending = sections.some((section) => !trees.has(section));
  return (
    <div className="markdown sectioned" aria-busy={pending || undefined}>
      {sections.map((section, i) => (
        <Section key={i} source={section} drawn={trees.get(section)} />
      ))}
    </div>
  );
}

const Section = memo(function Section({ source, drawn }: { source: string; drawn: ReactNode | undefined }) {
  return <div className="markdown-section">{drawn ?? <div className="markdown-pending">{source}</div>}</div>;
});
