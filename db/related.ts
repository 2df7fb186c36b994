// Related entries: the entries sharing the most distinctive words with one
// entry. Its candidate terms (related-terms.ts) are weighed by rarity in the
// journal — an inverse document frequency, the document frequency being the
// match count of a plain search for the term (so Korean substrings, and the
// glossary when the query parser expands it, count as search counts them) —
// and the entries found by the rarest few are ranked by the summed weight of
// all the distinctive terms they share. Everything goes through the public list API, so it
// follows however the index answers a search.
//
// Cost: one count per candidate term (MAX_TERMS_COUNTED) and one short page
// per rarer term (MAX_TERMS_USED × PER_TERM entries). The counts dominate (a
// common word's count walks all its matches), so they are kept per connection
// until the journal changes: opening entry after entry reuses most of them.
// Figures in bench/related-bench.ts.
import type { Database } from 'better-sqlite3';
import type { EntryListItem } from './common/model';
import type { RelatedPage } from './common/related';
import { JournalReads } from './journal-reads';
import { listEntries } from './list/index';
import { entryTerms } from './related-terms';

/** Candidate terms whose rarity is looked up, the most frequent in the entry first. */
const MAX_TERMS_COUNTED = 12;
/** Counts kept per connection, at most; a journal change clears them. */
const MAX_CACHED_COUNTS = 20_000;
/** Terms whose matches become candidates, the heaviest first. */
const MAX_TERMS_USED = 8;
/** Best matches read per term: a rare term lists all of its entries. */
const PER_TERM = 40;
/** Terms found in more entries than this are not listed for candidates, only scored in them. */
const LIST_MAX_ENTRIES = 2000;
/** A term in more than this share of a journal (of more than COMMON_FLOOR entries) says little about any entry. */
const MAX_SHARE = 0.5;
const COMMON_FLOOR = 25;

export interface WeightedTerm {
  term: string;
  /** Entries the term is found in, this one included. */
  entries: number;
  weight: number;
}

const counts = new WeakMap<Database, { version: number; byTerm: Map<string, number> }>();

/** Forgets the counts kept for `db` (the bench times a cold call with it). */
export function forgetCounts(db: Database): void {
  counts.delete(db);
}

/** How many entries a plain search for `term` finds, remembered until the journal changes (its change `version`). */
function countOf(db: Database, term: string, version: number): number {
  let cache = counts.get(db);
  if (!cache || cache.version !== version || cache.byTerm.size >= MAX_CACHED_COUNTS) {
    cache = { version, byTerm: new Map() };
    counts.set(db, cache);
  }
  let count = cache.byTerm.get(term);
  if (count === undefined) {
    count = listEntries(db, { filter: { query: term }, limit: 1, order: 'newest' }).total;
    cache.byTerm.set(term, count);
  }
  return count;
}

/** The entry's terms that occur in other entries too, rarest (heaviest) first. */
export function distinctiveTerms(db: Database, entry: Pick<EntryListItem, 'title' | 'body' | 'tags'>, journalSize: number): WeightedTerm[] {
  const version = new JournalReads(db).changeStamp().version;
  const weighted: WeightedTerm[] = [];
  for (const { term, count } of entryTerms(entry).slice(0, MAX_TERMS_COUNTED)) {
    const entries = countOf(db, term, version);
    if (entries < 2 || entries > Math.max(COMMON_FLOOR, journalSize * MAX_SHARE)) continue;
    weighted.push({ term, entries, weight: Math.log((journalSize + 1) / entries) * (1 + Math.log(count)) });
  }
  return weighted.sort((a, b) => b.weight - a.weight);
}

/** The text a term is looked for in a candidate: what the search index holds, lower-cased. */
const searchableText = (entry: EntryListItem): string => `${entry.title}\n${entry.tags.join('\n')}\n${entry.body}`.normalize('NFC').toLowerCase();

export function relatedEntries(db: Database, { id, limit }: { id: string; limit: number }): RelatedPage {
  const entry = new JournalReads(db).getEntry(id);
  const journalSize = listEntries(db, { filter: {}, limit: 1 }).total;
  const terms = distinctiveTerms(db, entry, journalSize);
  // Candidates come from the rarer terms: listing a common one would count all its matches again
  // for a page of arbitrary entries. The rarest is used whatever its count, so there are candidates.
  const listed = terms.filter((t, i) => i === 0 || t.entries <= LIST_MAX_ENTRIES).slice(0, MAX_TERMS_USED);
  const candidates = new Map<string, { entry: EntryListItem; foundBy: Set<string> }>();
  for (const { term, entries } of listed) {
    const page = listEntries(db, { filter: { query: term }, limit: Math.min(entries, PER_TERM + 1) });
    for (const found of page.entries) {
      if (found.id === entry.id) continue;
      const seen = candidates.get(found.id);
      if (seen) seen.foundBy.add(term);
      else candidates.set(found.id, { entry: withoutSnippet(found), foundBy: new Set([term]) });
    }
  }
  // Each candidate scores every distinctive term it shares: found by it (a search match, the glossary
  // included) or, for the common terms not listed, holding its text.
  const ranked = [...candidates.values()].map(({ entry: candidate, foundBy }) => {
    const text = searchableText(candidate);
    const score = terms.reduce((sum, t) => sum + (foundBy.has(t.term) || text.includes(t.term) ? t.weight : 0), 0);
    return { entry: candidate, score };
  });
  ranked.sort(
    (a, b) => b.score - a.score || (a.entry.day < b.entry.day ? 1 : a.entry.day > b.entry.day ? -1 : 0),
  );
  return { total: ranked.length, entries: ranked.slice(0, limit).map((r) => r.entry) };
}

/** A snippet shows one term's match; a related entry is listed without one. */
function withoutSnippet({ snippet: _snippet, ...entry }: EntryListItem): EntryListItem {
  return entry;
}
