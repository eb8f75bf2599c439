/**
 * A .docx file to the text lines detection reads: mammoth turns it into simple HTML (paragraphs,
 * tables, bold as <strong>), which becomes one line per paragraph with bold as `**…**`. Word's own
 * automatic list numbers are not in the text (mammoth gives lists without their numbers).
 */
import mammoth from 'mammoth';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** mammoth's HTML to lines: block ends become line breaks, <strong> becomes `**`, other tags vanish. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[1-6]|li|tr|td|th|table|ol|ul)>/gi, '\n')
    .replace(/<\/?strong>/gi, '**')
    .replace(/<[^>]*>/g, '');
  // An empty bold run (`****`) is nothing.
  return decodeEntities(text).replace(/\*\*\*\*/g, '');
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return htmlToText(result.value);
}
