// A big body (above SECTION_CHARS), section by section. The markdown worker
// parses every section in the background, those near the screen first. Only
// the sections within two screens of the visible part are in the document:
// each shows its plain text until its formatted version is ready, then that.
// The others are empty blocks as tall as the section was when last drawn (or
// as its text suggests), so the scroll bar spans the whole body and the window
// never styles and lays out more than a few screens of it: drawing all of an
// 8 MB body (~70k elements) held the window for seconds in one layout.
//
// Sections that go far again are taken out of the document (their height is
// kept): scrolling through a whole big body would otherwise pile its elements
// back up, and every later style change (theme, resize) would lay them all out.
//
// While a search is active, each section's hits are marked as it is converted
// (highlight.ts) and counted, and the section of the current match is drawn
// wherever it is, so stepping through matches reaches every section.
import type { ReactNode } from 'react';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { hastToReact } from './hastToReact';
import { highlightHast, type HighlightRequest } from './highlight';
import { NearViewport } from './nearViewport';
import { parseOffThread } from './parseOffThread';
import { estimateSectionHeight } from './sectionHeight';
import { splitSections } from './sections';

/** The width of `.entry-content`'s text column, until the body is measured. */
const DEFAULT_WIDTH_PX = 700;

/** The section to parse next: one wanted on screen, else the first not parsed yet. */
/** A section as drawn, with the search hits marked in it. */
interface Drawn {
  node: ReactNode;
  hits: number;
}

function nextToParse(sections: readonly string[], current: ReadonlySet<string>, wanted: ReadonlySet<string>, parsed: ReadonlyMap<string, Drawn>): string | undefined {
  for (const section of wanted) if (current.has(section) && !parsed.has(section)) return section;
  return sections.find((section) => !parsed.has(section));
}

export function SectionedMarkdown({ source, highlight }: { source: string; highlight?: HighlightRequest | undefined }) {
  const sections = useMemo(() => splitSections(source), [source]);
  const matcher = highlight?.matcher ?? null;
  const focusSection = highlight?.focusSection ?? null;
  const onCounts = highlight?.onCounts;
  // Drawn sections by their text: an edit in the preview re-parses only the sections it changed.
  // React elements, not hast: the trees of a big body would otherwise stay in memory beside them.
  const [trees, setTrees] = useState<ReadonlyMap<string, Drawn>>(() => new Map());
  const [failure, setFailure] = useState<Error | null>(null);
  const [widthPx, setWidthPx] = useState(DEFAULT_WIDTH_PX);
  const body = useRef<HTMLDivElement>(null);
  const [near] = useState(() => new NearViewport());

  // What the parse loop may skip. Only the loop writes it (before each setTrees), so it never lags behind.
  const known = useRef(trees);
  // Sections near the screen still showing plain text, in the order they came near.
  const wanted = useRef(new Set<string>());
  const want = useCallback((section: string, isWanted: boolean) => {
    if (isWanted) wanted.current.add(section);
    else wanted.current.delete(section);
  }, []);

  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    setWidthPx(element.clientWidth || DEFAULT_WIDTH_PX);
    near.start(element);
    const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => setWidthPx(element.clientWidth || DEFAULT_WIDTH_PX));
    resizes?.observe(element);
    return () => {
      resizes?.disconnect();
      near.stop();
    };
  }, [near]);

  // The search whose hits the drawn sections mark: another search draws them again.
  const markedFor = useRef(matcher);

  useEffect(() => {
    onCounts?.(sections.map((section) => trees.get(section)?.hits ?? 0));
  }, [sections, trees, onCounts]);

  useEffect(() => {
    let cancelled = false;
    const current = new Set(sections);
    if (markedFor.current !== matcher) {
      markedFor.current = matcher;
      known.current = new Map();
      setTrees(known.current);
    }
    void (async () => {
      for (let section = nextToParse(sections, current, wanted.current, known.current); section !== undefined && !cancelled; section = nextToParse(sections, current, wanted.current, known.current)) {
        let drawn: Drawn;
        try {
          const tree = await parseOffThread(section);
          const hits = highlightHast(tree, matcher);
          drawn = { node: hastToReact(tree), hits };
        } catch (error) {
          if (!cancelled) setFailure(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (cancelled) return;
        // Sections no longer in the body are dropped here, so an editing session does not pile them up.
        const next = new Map([...known.current].filter(([text]) => current.has(text))).set(section, drawn);
        known.current = next;
        setTrees(next);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [sections, matcher]);

  if (failure) throw failure;
  const pending = sections.some((section) => !trees.has(section));
  return (
    <div ref={body} className="markdown sectioned" aria-busy={pending || undefined}>
      {sections.map((section, i) => (
        <Section key={i} index={i} source={section} drawn={trees.get(section)?.node} widthPx={widthPx} near={near} initiallyNear={i === 0} forced={i === focusSection} want={want} />
      ))}
    </div>
  );
}

interface SectionProps {
  index: number;
  source: string;
  drawn: ReactNode | undefined;
  widthPx: number;
  near: NearViewport;
  /** The first section is drawn at once, before anything is measured. */
  initiallyNear: boolean;
  /** Drawn wherever it is: it holds the current search match. */
  forced: boolean;
  want: (source: string, wanted: boolean) => void;
}

const Section = memo(function Section({ index, source, drawn, widthPx, near, initiallyNear, forced, want }: SectionProps) {
  const element = useRef<HTMLDivElement>(null);
  // Whether it is drawn, and the height it had when last drawn, for the text it had then.
  const [place, setPlace] = useState<{ near: boolean; measured: { source: string; heightPx: number } | null }>({ near: initiallyNear, measured: null });
  const isNear = place.near || forced;

  useEffect(() => {
    const target = element.current;
    if (!target) return;
    return near.observe(target, (isNowNear, heightPx) =>
      setPlace((was) => (isNowNear ? (was.near ? was : { ...was, near: true }) : { near: false, measured: was.near ? { source, heightPx } : was.measured })),
    );
  }, [near, source]);

  useEffect(() => {
    if (!isNear || drawn !== undefined) return;
    want(source, true);
    return () => want(source, false);
  }, [isNear, drawn, source, want]);

  const estimatedPx = useMemo(() => (isNear ? 0 : estimateSectionHeight(source, widthPx)), [isNear, source, widthPx]);
  if (!isNear) {
    const heightPx = place.measured?.source === source ? place.measured.heightPx : estimatedPx;
    return <div ref={element} className="markdown-section markdown-placeholder" data-section={index} style={{ height: `${heightPx}px` }} />;
  }
  return (
    <div ref={element} className="markdown-section" data-section={index}>
      {drawn ?? <div className="markdown-pending">{source}</div>}
    </div>
  );
});
