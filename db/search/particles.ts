// Korean particles and verb endings that a query word may carry but the text
// it should find may not: 알림을 should also find "알림 임계값". koreanStems
// gives the word without them; the parser offers the stems as alternatives
// (ParsedQuery.alternatives), so the word as typed still matches too.

/**
 * Endings that are stripped, longest first so 에서 wins over 서-less 에 and
 * 으로 over 로. Particles (을/를, 은/는, 이/가, 에/에서, 로/으로, 와/과, 도,
 * 의, 만, 에게, 까지, 부터 …, with the common pairs 에서는, 으로도 …) and the
 * 하다 endings of a verbal noun (배포했다, 배포하고).
 */
const ENDINGS = [
  '에서부터', '에서는', '에서도', '에게서', '으로는', '으로도', '까지는', '부터는', '이라는', '이라고', '했습니다', '합니다', '입니다',
  '에서', '에게', '한테', '까지', '부터', '으로', '처럼', '보다', '이랑', '이나', '에는', '에도', '와는', '과는', '이다', '였다', '이며',
  '했다', '한다', '하다', '했고', '라는', '했던', '하는', '하고', '해서', '하면', '했는데', '하기',
  '을', '를', '은', '는', '이', '가', '에', '로', '와', '과', '도', '의', '만', '랑',
].sort((a, b) => b.length - a.length);

const isSyllable = (ch: string): boolean => ch >= '가' && ch <= '힣';
/** A stem must keep this many characters: 이를 is a word of its own, not 이 + 를. */
const MIN_STEM = 2;

/**
 * The stem of a query word without the particle or ending it ends in, when
 * one is left of at least two characters: 알림을 → [알림], 장애를 → [장애],
 * 회의에서 → [회의], k8s를 → [k8s]; 이를, 회고, deploy → []. A phrase (a term
 * with a space) has no stems: it is searched as written.
 */
export function koreanStems(word: string): string[] {
  if (word.includes(' ')) return [];
  const chars = [...word];
  const last = chars.at(-1);
  if (last === undefined || !isSyllable(last)) return [];
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = chars.slice(0, chars.length - ending.length);
    if (stem.length < MIN_STEM) continue;
    return [stem.join('')];
  }
  return [];
}
