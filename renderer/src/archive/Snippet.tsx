/** A search snippet: the found text in <mark>, the rest as it is (segments, never HTML). */
import type { SnippetSegment } from '../../../shared/archive/types';

export function Snippet({ segments }: { segments: SnippetSegment[] }) {
  return (
    <span className="bd-snippet">
      {segments.map((segment, i) => (segment.hit ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </span>
  );
}
