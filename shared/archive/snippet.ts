/**
 * The snippet of a search hit: text around the first occurrence with every occurrence in it marked,
 * as segments (never HTML), so the renderer decides how a mark looks and nothing is injected.
 */
import type { SnippetSegment } from './types';

const BEFORE = 24;
const AFTER = 60;
const ELLIPSIS = '…';

export function snippetSegments(text: string, query: string): SnippetSegment[] {
  const first = query === '' ? -1 : text.indexOf(query);
  if (first < 0) return [{ text: text.slice(0, BEFORE + AFTER), hit: false }];
  let start = Math.max(0, first - BEFORE);
  let end = Math.min(text.length, first + query.length + AFTER);
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start--;
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end++;
  const segments: SnippetSegment[] = [];
  const plain = (piece: string) => {
    if (piece !== '') segments.push({ text: piece, hit: false });
  };
  let pos = start;
  let found = first;
  while (found >= 0 && found + query.length <= end) {
    plain(text.slice(pos, found));
    segments.push({ text: query, hit: true });
    pos = found + query.length;
    found = text.indexOf(query, pos);
  }
  plain(text.slice(pos, end));
  if (start > 0) segments.unshift({ text: ELLIPSIS, hit: false });
  if (end < text.length) segments.push({ text: ELLIPSIS, hit: false });
  return segments;
}
