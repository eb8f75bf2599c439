/**
 * Paragraph options every printed paragraph shares: exact line height (so the 22-line rhythm holds
 * whatever the face), no space before or after, and widow control off — the library has no
 * style-level switch for it, and LibreOffice turns it on when a paragraph does not say, which moves
 * lines between pages.
 */
import { LineRuleType, type IParagraphOptions } from 'docx';

export function exactLines(lineTwips: number): Pick<IParagraphOptions, 'spacing' | 'widowControl'> {
  return {
    spacing: { line: lineTwips, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    widowControl: false,
  };
}
