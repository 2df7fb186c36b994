// Search hits rendered as <mark> from plain text parts: never as raw HTML.
import type { SnippetPart } from '../../db/common/model';

export function Marked({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
