// The one rule for where a search term shows in text: case-insensitive, a
// phrase across any whitespace, longest term first, an English word only at
// a word's start (as the index matches it: deploy in deployed, not redeploy). Snippets (core) and the
// highlights in the opened entry (renderer) both use it, so they mark the same text.

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A global, case-insensitive matcher for any of the terms (longest first), or null when there are none. */
export function termMatcher(terms: readonly string[]): RegExp | null {
  const parts = [...new Set(terms.map((t) => t.normalize('NFC').trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((t) => (/^[a-z0-9]/i.test(t) ? '(?<![a-z0-9])' : '') + t.split(/\s+/u).map(escapeRegExp).join('\\s+'));
  return parts.length ? new RegExp(parts.join('|'), 'giu') : null;
}
