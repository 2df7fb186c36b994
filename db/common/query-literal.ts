// The query that searches Latin words exactly as typed: each plain Latin word
// outside quotes is quoted, which turns off the keyboard-layout reading
// (qovh → 배포) the list applies when a query finds nothing.
const LATIN_WORD = /^-?[A-Za-z]+$/;

export function literalQuery(query: string): string {
  let inQuote = false;
  return query
    .split(/(\s+)/u)
    .map((part) => {
      const wasInQuote = inQuote;
      if ((part.split('"').length - 1) % 2 === 1) inQuote = !inQuote;
      if (wasInQuote || part.includes('"') || !LATIN_WORD.test(part)) return part;
      return part.startsWith('-') ? `-"${part.slice(1)}"` : `"${part}"`;
    })
    .join('');
}
