// Related entries: the entries sharing the most distinctive words with one
// entry. Its candidate terms (related-terms.ts) are weighed by rarity in the
// journal — an inverse document frequency, the document frequency being how
// many entries the term's search expression matches (fts.ts termExpression,
// with the stems and glossary synonyms the query parser gives it, so Korean
// substrings and the glossary count as search counts them; estimated for a
// common term, related-frequency.ts) — and the entries found by the rarest
// few are ranked by the summed weight of all the distinctive terms they share.
//
// Cost (bench/related-bench.ts): one short read of the index per candidate
// term for its count (kept per connection until the journal changes), one
// short page of keys per rarer term, the text of those candidates to score
// them, and the rows shown.
import type { Database } from 'better-sqlite3';
import type { EntryListItem } from './common/model';
import type { RelatedPage } from './common/related';
import { JournalReads } from './journal-reads';
import { queryOptions } from './list/index';
import { MatchCounter } from './related-frequency';
import { entryTerms } from './related-terms';
import { entriesBySeq } from './rows';
import { termExpression } from './search/fts';
import { holdsTerm, scannedText, type ScannedText } from './search/match';
import { parseQuery, type QueryOptions } from './search/query';
import { cachedStatement } from './search/statements';
import { seqOfKey } from './search/text';

/** Candidate terms whose rarity is looked up, the most frequent in the entry first. */
const MAX_TERMS_COUNTED = 12;
/** Counts kept per connection, at most; a journal change clears them. */
const MAX_CACHED_COUNTS = 20_000;
/** Terms whose matches become candidates, the heaviest first. */
const MAX_TERMS_USED = 8;
/** Best matches read per term: a rare term lists all of its entries. */
const PER_TERM = 40;
/** A term found in at most this many entries lists its best matches by bm25 (cheap at this size); a commoner one its newest. */
const RANKED_UP_TO = 200;
/** Terms found in more entries than this are not listed for candidates, only scored in them. */
const LIST_MAX_ENTRIES = 2000;
/** A term in more than this share of a journal (of more than COMMON_FLOOR entries) says little about any entry. */
const MAX_SHARE = 0.5;
const COMMON_FLOOR = 25;
/** A candidate's body is scored up to here: an 8 MB body stays cheap, and the words that matter come early. */
const SCORED_BODY_CHARS = 100_000;

export interface WeightedTerm {
  term: string;
  /** Entries the term is found in, this one included (estimated for a common term). */
  entries: number;
  weight: number;
  /** Other forms that also count as the term (a stem without its particle, glossary synonyms). */
  alternatives: string[];
  /** The term as a MATCH expression on search_text. */
  expression: string;
}

/** What is kept per connection until the journal changes (its change version). */
interface JournalCounts {
  version: number;
  counter: MatchCounter;
  byExpression: Map<string, number>;
}

const kept = new WeakMap<Database, JournalCounts>();
/** One reader per connection: making one prepares its statements. */
const readers = new WeakMap<Database, JournalReads>();

function readsOf(db: Database): JournalReads {
  let reads = readers.get(db);
  if (!reads) readers.set(db, (reads = new JournalReads(db)));
  return reads;
}

/** Forgets the counts kept for `db` (the bench times a cold call with it). */
export function forgetCounts(db: Database): void {
  kept.delete(db);
}

function countsOf(db: Database, reads: JournalReads): JournalCounts {
  const version = reads.changeStamp().version;
  let counts = kept.get(db);
  if (!counts || counts.version !== version) {
    const journalSize =
      cachedStatement<[], number>(db, 'SELECT count(*) FROM entries WHERE deleted_at IS NULL').pluck().get() ?? 0;
    counts = { version, counter: new MatchCounter(db, journalSize), byExpression: new Map() };
    kept.set(db, counts);
  }
  if (counts.byExpression.size >= MAX_CACHED_COUNTS) counts.byExpression.clear();
  return counts;
}

function countOf(counts: JournalCounts, expression: string): number {
  let count = counts.byExpression.get(expression);
  if (count === undefined) {
    count = counts.counter.count(expression);
    counts.byExpression.set(expression, count);
  }
  return count;
}

/** The term as search reads a one-word query: its expression and the alternatives that satisfy it too. */
function searchedTerm(term: string, options: QueryOptions): { alternatives: string[]; expression: string } | null {
  const query = parseQuery(term, options);
  const word = query.include[0];
  if (word === undefined) return null;
  const alternatives = query.alternatives[0] ?? [];
  const expression = termExpression(word, alternatives);
  return expression === null ? null : { alternatives, expression };
}

function weighTerms(
  counts: JournalCounts,
  entry: Pick<EntryListItem, 'title' | 'body' | 'tags'>,
  journalSize: number,
  options: QueryOptions,
): WeightedTerm[] {
  const weighted: WeightedTerm[] = [];
  for (const { term, count } of entryTerms(entry).slice(0, MAX_TERMS_COUNTED)) {
    const searched = searchedTerm(term, options);
    if (searched === null) continue;
    const entries = countOf(counts, searched.expression);
    if (entries < 2 || entries > Math.max(COMMON_FLOOR, journalSize * MAX_SHARE)) continue;
    weighted.push({ term, entries, weight: Math.log((journalSize + 1) / entries) * (1 + Math.log(count)), ...searched });
  }
  return weighted.sort((a, b) => b.weight - a.weight);
}

/** The entry's terms that occur in other entries too, rarest (heaviest) first. */
export function distinctiveTerms(db: Database, entry: Pick<EntryListItem, 'title' | 'body' | 'tags'>, journalSize: number): WeightedTerm[] {
  return weighTerms(countsOf(db, readsOf(db)), entry, journalSize, queryOptions(db));
}

/** Up to PER_TERM + 1 entry seqs matching the term (the entry itself may be one): its best by bm25 when that is cheap, else its newest. */
function seqsMatching(db: Database, term: WeightedTerm): number[] {
  const order = term.entries <= RANKED_UP_TO ? 'rank, rowid DESC' : 'rowid DESC';
  return cachedStatement<[string, number], number>(db, `SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY ${order} LIMIT ?`)
    .pluck()
    .all(term.expression, PER_TERM + 1)
    .map(seqOfKey);
}

interface CandidateText {
  seq: number;
  day: string;
  title: string;
  body: string;
  /** One tag a line; null without tags. */
  tags: string | null;
}

/** What each candidate's terms are looked for in, as the index's own matching rule reads it (search/match.ts). */
function candidateTexts(db: Database, seqs: readonly number[]): Map<number, { day: string; text: ScannedText }> {
  const rows = cachedStatement<[number, string], CandidateText>(
    db,
    `SELECT e.seq, e.day, e.title, substr(e.body, 1, ?) AS body,
       (SELECT group_concat(t.tag, char(10)) FROM entry_tags t WHERE t.entry_seq = e.seq) AS tags
     FROM entries e WHERE e.seq IN (SELECT value FROM json_each(?)) AND e.deleted_at IS NULL`,
  ).all(SCORED_BODY_CHARS, JSON.stringify(seqs));
  return new Map(rows.map((r) => [r.seq, { day: r.day, text: scannedText([r.title, r.body, ...(r.tags?.split('\n') ?? [])]) }]));
}

export function relatedEntries(db: Database, { id, limit }: { id: string; limit: number }): RelatedPage {
  const reads = readsOf(db);
  const row = reads.rowById(id);
  const entry = reads.entryOf(row);
  const counts = countsOf(db, reads);
  const terms = weighTerms(counts, entry, counts.counter.journalSize, queryOptions(db));
  // Candidates come from the rarer terms: a common one's page would be a few arbitrary entries
  // of thousands. The rarest is used whatever its count, so there are candidates.
  const listed = terms.filter((t, i) => i === 0 || t.entries <= LIST_MAX_ENTRIES).slice(0, MAX_TERMS_USED);
  const foundBy = new Map<number, Set<string>>();
  for (const term of listed) {
    for (const seq of seqsMatching(db, term)) {
      if (seq === row.seq) continue;
      const seen = foundBy.get(seq);
      if (seen) seen.add(term.term);
      else foundBy.set(seq, new Set([term.term]));
    }
  }
  // Each candidate scores every distinctive term it shares: found by it in the index, or, for the
  // terms not listed, holding it (or one of its alternatives) by the index's own rule.
  const texts = candidateTexts(db, [...foundBy.keys()]);
  const ranked = [...foundBy].flatMap(([seq, found]) => {
    const candidate = texts.get(seq);
    if (!candidate) return [];
    const holds = (t: WeightedTerm): boolean => found.has(t.term) || holdsTerm(candidate.text, t.term) || t.alternatives.some((a) => holdsTerm(candidate.text, a));
    const score = terms.reduce((sum, t) => sum + (holds(t) ? t.weight : 0), 0);
    return [{ seq, day: candidate.day, score }];
  });
  ranked.sort((a, b) => b.score - a.score || (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
  return { total: ranked.length, entries: entriesBySeq(db, ranked.slice(0, limit).map((r) => r.seq)) };
}
