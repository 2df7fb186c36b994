// `#tags` written in free text (daily notes, jrnl). Tags inside code blocks
// and code spans are code, not tags; `# Heading` is a heading; `#123` is an
// issue number; `a#b` and URLs with fragments are not tags either.

// A tag starts after the line start or a space/opening bracket and holds
// letters, digits, `_`, `-` and `/` (Obsidian's nested tags).
const TAG_CHARS = '[\\p{L}\\p{M}\\p{N}_\\-/]+';

function tagPattern(symbols: string): RegExp {
  const escaped = symbols.replace(/[-\\^\]]/g, '\\$&');
  return new RegExp(`(?:^|(?<=[\\s(\\[{,;]))[${escaped}](${TAG_CHARS})`, 'gu');
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** Tags found in `text`, in order of appearance, with `symbols` as tag marks (`#`, or `#@` for jrnl). */
export function findHashtags(text: string, symbols = '#'): string[] {
  const pattern = tagPattern(symbols);
  const found: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    const withoutCode = line.replace(/(`+)[\s\S]*?\1/g, ' ');
    for (const m of withoutCode.matchAll(pattern)) {
      const tag = m[1]!.replace(/[-/]+$/, '');
      if (/[^\d]/u.test(tag)) found.push(tag);
    }
  }
  return found;
}
