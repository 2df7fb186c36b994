// The opened entry's search matches: the marks the markdown reports per
// section, which one is current, and stepping (the bar's buttons, Enter /
// Shift+Enter in the search box through matchSteps.ts, F3 / Shift+F3
// anywhere). The current mark is found in the document by its section and its
// place there, marked aria-current and scrolled into view once per step; a
// far section of a big body is drawn first (HighlightRequest.focusSection).
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { termMatcher } from '../../db/common/term-matcher';
import { HIT_CLASS, type HighlightRequest } from './highlight';
import { registerStepper, type StepDirection } from './matchSteps';

export interface SearchMatches {
  highlight: HighlightRequest | undefined;
  /** Marks in the body, as far as its sections are drawn. */
  total: number;
  /** The current match, counting from 1 (0 when there is none). */
  current: number;
  step: (direction: StepDirection) => void;
  /** The search's matcher, for marking the title too. */
  matcher: RegExp | null;
}

function locate(counts: readonly number[], index: number): { section: number; local: number } | null {
  let before = 0;
  for (let section = 0; section < counts.length; section++) {
    const here = counts[section] ?? 0;
    if (index < before + here) return { section, local: index - before };
    before += here;
  }
  return null;
}

const sameCounts = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

export function useSearchMatches(terms: readonly string[], container: RefObject<HTMLElement | null>): SearchMatches {
  const key = terms.join('\u0000');
  // One matcher per search (not per render), so the markdown re-marks only when the search changes.
  const matcher = useMemo(() => termMatcher(key === '' ? [] : key.split('\u0000')), [key]);
  const [counts, setCounts] = useState<readonly number[]>([]);
  const [index, setIndex] = useState(0);
  const total = counts.reduce((sum, n) => sum + n, 0);
  const shown = total === 0 ? -1 : Math.min(index, total - 1);
  const position = shown < 0 ? null : locate(counts, shown);

  // Another search starts again at its first match (reset while rendering, not after).
  const [countedFor, setCountedFor] = useState(matcher);
  if (countedFor !== matcher) {
    setCountedFor(matcher);
    setIndex(0);
    setCounts([]);
  }

  const onCounts = useCallback((next: readonly number[]) => setCounts((was) => (sameCounts(was, next) ? was : next)), []);
  const step = useCallback(
    (direction: StepDirection) => setIndex((at) => (total === 0 ? 0 : (Math.min(at, total - 1) + direction + total) % total)),
    [total],
  );

  useEffect(() => (total > 0 ? registerStepper(step) : undefined), [step, total]);

  useEffect(() => {
    if (total === 0) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F3') return;
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, total]);

  // Scrolled to once per step (not each time a section is drawn), so reading on is never pulled back.
  const scrolledTo = useRef<string | null>(null);
  const section = position?.section ?? null;
  const local = position?.local ?? null;
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    for (const old of root.querySelectorAll(`mark.${HIT_CLASS}[aria-current]`)) old.removeAttribute('aria-current');
    if (section === null || local === null) return;
    const target = root.querySelectorAll(`[data-section="${section}"] mark.${HIT_CLASS}`)[local];
    if (!target) return;
    target.setAttribute('aria-current', 'true');
    const stepKey = `${key}\u0001${shown}`;
    if (scrolledTo.current === stepKey) return;
    scrolledTo.current = stepKey;
    target.scrollIntoView({ block: 'center' });
  });

  const highlight = useMemo<HighlightRequest | undefined>(
    () => (matcher ? { matcher, focusSection: section, onCounts } : undefined),
    [matcher, section, onCounts],
  );
  return { highlight, total, current: shown + 1, step, matcher };
}
