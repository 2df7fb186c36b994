// What the search did with a query beyond its words, as lines for standard error.
import type { QueryWarning, SearchNotes } from '../db/common/model';
import { literalQuery } from '../db/common/query-literal';

function warningText({ piece, reason }: QueryWarning): string {
  switch (reason) {
    case 'not_a_date':
      return `${piece} is not a date (write YYYY-MM-DD, YYYY-MM or YYYY); ignored.`;
    case 'unknown_pillar':
      return `${piece} is not a pillar (culture, automation, measurement, sharing); ignored.`;
    case 'too_many_words':
      return `a search holds at most 32 words; ignored ${piece} and the words after it.`;
    case 'empty_value':
      return `${piece} has no value; ignored.`;
    case 'lone_minus':
      return 'a lone "-" excludes nothing; ignored.';
  }
}

export function describeSearchNotes(notes: SearchNotes | undefined): string[] {
  if (!notes) return [];
  const lines = (notes.warnings ?? []).map(warningText);
  if (notes.corrected !== undefined && notes.correctedFrom !== undefined) {
    lines.push(`Showing results for ${notes.corrected} — search for ${literalQuery(notes.correctedFrom)} instead (quoted words are searched as typed).`);
  }
  if (notes.also?.length) lines.push(`also: ${notes.also.join(', ')}`);
  return lines;
}
