/**
 * A .docx file to the text lines detection reads: mammoth turns it into simple HTML (paragraphs,
 * tables, bold as <strong>), which becomes one line per paragraph with bold as `**…**`.
 *
 * Word's automatic numbering is not text: mammoth knows only its list level. A paragraph numbered by
 * Word gets a typed number of the shape for its level (一、 （一） 1. （1）), which detection reads like
 * any typed number; the count itself does not matter because numbers are generated anyway.
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

/** The typed number shape per Word list level (0-based); deeper levels read as the deepest we have. */
const LEVEL_SHAPES = ['一、', '（一）', '1.', '（1）'];
const NUMBERED_STYLE = 'briefdesk-numbered-';

/** The part of mammoth's document elements this module reads and changes. */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
}

function markNumbered(element: MammothElement): MammothElement {
  const children = element.children?.map(markNumbered);
  if (children) element = { ...element, children };
  if (element.type !== 'paragraph' || !element.numbering?.isOrdered) return element;
  const level = Math.min(Number(element.numbering.level) || 0, LEVEL_SHAPES.length - 1);
  // A style name of our own carries the level through mammoth's style map into a class on the <p>.
  return { ...element, styleName: `${NUMBERED_STYLE}${level}`, numbering: null };
}

const STYLE_MAP = LEVEL_SHAPES.map((_, level) => `p[style-name='${NUMBERED_STYLE}${level}'] => p.bd-level-${level}:fresh`);

/** `<p class="bd-level-N">` starts with the typed number of its level. */
function numberParagraphs(html: string): string {
  return html.replace(/<p class="bd-level-(\d)">/g, (_, level: string) => `<p>${LEVEL_SHAPES[Number(level)] ?? ''}`);
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      styleMap: STYLE_MAP,
      // mammoth types its element tree as `any`; MammothElement names the fields read here.
      transformDocument: (document: MammothElement) => markNumbered(document),
    },
  );
  return htmlToText(numberParagraphs(result.value));
}
