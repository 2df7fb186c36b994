// The words of an entry that could tell it apart: Latin words of three or
// more letters (lower-cased) and Hangul words of two or more syllables with a
// trailing particle or ending taken off when a stem of two syllables remains
// (배포를 → 배포, 알림을 → 알림), common function words left out. Counted
// per entry, title and tags weighing more than the body.
import type { Entry } from './common/model';
import { readerText } from './search/reader-text';
import { koreanStems } from './search/particles';

/** The body is read up to here: its opening says what it is about, and an 8 MB body stays cheap. */
const BODY_CHARS = 40_000;
const TITLE_WEIGHT = 3;
const TAG_WEIGHT = 3;

const LATIN_STOPWORDS = new Set(
  `the and for with that this from was were are have has had not but you your our ours they them then than into out
  about what when where which who whom will would can could should also just more most some all any each its been
  being did does done how why there here over after before today yesterday tomorrow week http https www com org
  one two get got use used using via per let lets now new very much many only same such other their these those
  again still even well back made make like want need sure yes off too while did isn wasn don didn doesn`.split(/\s+/),
);

const HANGUL_STOPWORDS = new Set(
  `그리고 그래서 하지만 그러나 그런데 오늘 어제 내일 이번 지난 다음 있다 없다 했다 한다 하는 하고 했고 해서 하면 했는데
  것이다 것은 것을 것이 그것 이것 저것 우리 나는 내가 저는 제가 정도 때문 위해 대한 대해 통해 같은 다시 모두 조금 많이
  있는 없는 되는 된다 됐다 되었다 이다 입니다 합니다 했습니다 있습니다`.split(/\s+/),
);

/** 배포를 → 배포; a word whose stem would be one syllable stays as written (장애 is not 장 + 애). The search's own particle rule. */
export function hangulStem(word: string): string {
  return koreanStems(word)[0] ?? word;
}

const WORD = /[A-Za-z][A-Za-z0-9]{2,}|[\uac00-\ud7a3]{2,}/g;

function addWords(counts: Map<string, number>, text: string, weight: number): void {
  for (const [word] of text.matchAll(WORD)) {
    const first = word.charCodeAt(0);
    let term: string;
    if (first >= 0xac00) {
      term = hangulStem(word);
      if (HANGUL_STOPWORDS.has(term) || HANGUL_STOPWORDS.has(word)) continue;
    } else {
      term = word.toLowerCase();
      if (LATIN_STOPWORDS.has(term) || /^\d/.test(term)) continue;
    }
    counts.set(term, (counts.get(term) ?? 0) + weight);
  }
}

/** Each candidate term of `entry` with its weighted count in it, most frequent first. */
export function entryTerms(entry: Pick<Entry, 'title' | 'body' | 'tags'>): { term: string; count: number }[] {
  const counts = new Map<string, number>();
  addWords(counts, entry.title.normalize('NFC'), TITLE_WEIGHT);
  for (const tag of entry.tags) addWords(counts, tag.normalize('NFC'), TAG_WEIGHT);
  addWords(counts, readerText(entry.body.slice(0, BODY_CHARS).normalize('NFC')), 1);
  return [...counts].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count || b.term.length - a.term.length || (a.term < b.term ? -1 : 1));
}
