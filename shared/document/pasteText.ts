/**
 * Plain text pasted into the editor becomes blocks: one per non-empty line. A line that starts with
 * its own number (一、 （二） (3) 4. 4、 4．) becomes a numbered block of that level, and the typed
 * number is dropped because numbers are generated (the recogniser is typedNumber.ts).
 */
import { displayForText, parseNumberedLine } from './typedNumber';
import type { BlockElement } from './types';

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
        display: displayForText(numberedLine.rest),
        children: [{ text: numberedLine.rest }],
      });
    } else {
      blocks.push({ type: 'paragraph', children: [{ text: line }] });
    }
  }
  return blocks;
}
