/**
 * Plain text pasted into the editor becomes blocks: one per non-empty line. A line that starts with
 * its own number (一、 （二） (3) 4. 4、 4．) becomes a numbered block of that level, and the typed
 * number is dropped because numbers are generated.
 */
import type { BlockElement, NumberLevel, NumberedElement } from './types';

const CN = '[一二三四五六七八九十百零〇]+';
const PATTERNS: { level: NumberLevel; re: RegExp }[] = [
  { level: 2, re: new RegExp(`^[（(]\\s*${CN}\\s*[）)]\\s*`) },
  { level: 1, re: new RegExp(`^${CN}\\s*[、．]\\s*`) },
  { level: 4, re: /^[（(]\s*\d{1,3}\s*[）)]\s*/ },
  // "4." must not eat a decimal such as "4.5万" or a date such as "3.19": a digit may not follow.
  { level: 3, re: /^\d{1,3}\s*(?:[、．]|\.(?!\d))\s*/ },
];

/** A numbered line this short, without a sentence end, reads as a heading on its own line. */
const HEADING_MAX_CHARS = 40;

export function parseNumberedLine(
  line: string,
): { level: NumberLevel; rest: string } | null {
  for (const { level, re } of PATTERNS) {
    const m = re.exec(line);
    if (m) return { level, rest: line.slice(m[0].length) };
  }
  return null;
}

function displayFor(rest: string): NumberedElement['display'] {
  const sentence = /[。；;！？!?]/.test(rest);
  return !sentence && rest.length <= HEADING_MAX_CHARS ? 'heading' : 'paragraph';
}

export function plainTextToBlocks(text: string): BlockElement[] {
  const blocks: BlockElement[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    // Word and web pages indent with full-width spaces and tabs; the layout indents by itself.
    const line = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (line === '') continue;
    const numberedLine = parseNumberedLine(line);
    if (numberedLine && numberedLine.rest !== '') {
      blocks.push({
        type: 'numbered',
        level: numberedLine.level,
        display: displayFor(numberedLine.rest),
        children: [{ text: numberedLine.rest }],
      });
    } else {
      blocks.push({ type: 'paragraph', children: [{ text: line }] });
    }
  }
  return blocks;
}
