// Quick capture: one typed line becomes an entry. `#pillar` names (English or
// Korean) choose pillars, other #words become tags, and both leave the title.
// Pure, so the journal list's box, the desktop capture window and the core agree.
import { PILLARS, type Pillar } from './model';

export const PILLAR_WORDS: Record<string, Pillar> = {
  culture: 'culture',
  automation: 'automation',
  measurement: 'measurement',
  sharing: 'sharing',
  문화: 'culture',
  자동화: 'automation',
  측정: 'measurement',
  공유: 'sharing',
};

/** Code points a captured title keeps before the rest of a long line moves to the body. */
export const CAPTURE_TITLE_CHARS = 80;

export interface ParsedCapture {
  title: string;
  body: string;
  /** Pillars named in the line, in pillar order; empty when none was named. */
  pillars: Pillar[];
  tags: string[];
}

// A # starts a tag only at the start or after a space, so "C#" and "issue#12" stay text.
const HASH_WORD = /(^|\s)#([\p{L}\p{N}][\p{L}\p{N}_\-/.+]*)/gu;

export function parseCapture(line: string): ParsedCapture {
  const text = line.normalize('NFC').replace(/\s+/g, ' ');
  const named = new Set<Pillar>();
  const tags: string[] = [];
  const rest = text.replace(HASH_WORD, (_match, lead: string, word: string) => {
    // A sentence's full stop after a tag is not part of it: "#k8s." is k8s.
    const clean = word.replace(/[.]+$/, '');
    const pillar = PILLAR_WORDS[clean.toLowerCase()];
    if (pillar) named.add(pillar);
    else if (!tags.includes(clean.toLowerCase())) tags.push(clean.toLowerCase());
    return lead;
  });
  const { title, body } = splitTitle(rest.replace(/\s+/g, ' ').trim());
  return { title, body, pillars: PILLARS.filter((p) => named.has(p)), tags };
}

/** A long line's title cut at a word boundary before CAPTURE_TITLE_CHARS; the rest becomes the body. */
export function splitTitle(text: string, limit = CAPTURE_TITLE_CHARS): { title: string; body: string } {
  const chars = [...text];
  if (chars.length <= limit) return { title: text, body: '' };
  const head = chars.slice(0, limit + 1).join('');
  const space = head.lastIndexOf(' ');
  // No space in reach (a long unspaced Korean run): cut at the limit itself rather than keep it all.
  const cut = space > limit / 3 ? space : chars.slice(0, limit).join('').length;
  const title = text.slice(0, cut).trim();
  const body = text.slice(cut).trim();
  return { title, body };
}

/**
 * The pillars a capture is saved with: those it names; else the last capture's;
 * else the pillar the journal uses most; else automation (an empty journal).
 */
export function capturePillars(parsed: Pick<ParsedCapture, 'pillars'>, lastPillars: readonly Pillar[] | null, mostUsed: Pillar | null): Pillar[] {
  if (parsed.pillars.length) return parsed.pillars;
  if (lastPillars && lastPillars.length) return [...lastPillars];
  return [mostUsed ?? 'automation'];
}
