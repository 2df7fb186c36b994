// Korean particles on a query word: 알림을 should also find 알림. A minimal
// rule set (one particle stripped from the end, the stem at least two
// syllables so 이가 or 도 alone are never cut to nothing).
const PARTICLES = ['에서', '으로', '을', '를', '은', '는', '이', '가', '에', '로', '와', '과', '도', '의'];
const SYLLABLES = /^[\uac00-\ud7a3]+$/u;

/** Stems of `word` without a trailing particle (longest particle first); empty when none applies. */
export function koreanStems(word: string): string[] {
  if (!SYLLABLES.test(word)) return [];
  const stems: string[] = [];
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length);
    if ([...stem].length >= 2 && !stems.includes(stem)) stems.push(stem);
  }
  return stems;
}
