/**
 * Reading a DOCX in tests: unzip it and pick WordprocessingML apart with small regexes. The XML is
 * what our serializer writes (no nesting of paragraphs, attributes in double quotes), so this is
 * enough and keeps the tests free of an XML parser dependency.
 */
import JSZip from 'jszip';

export async function unzipDocx(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts.set(name, await zip.file(name)!.async('string'));
  }
  return parts;
}

export function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no ${name} in the DOCX (has ${[...parts.keys()].join(', ')})`);
  return xml;
}

/** Every `<w:name …>` or `<w:name …/>` element (the whole element for paired tags). */
export function elements(xml: string, name: string): string[] {
  const re = new RegExp(`<w:${name}(?=[ >/])(?:[^>]*/>|[^>]*>[\\s\\S]*?</w:${name}>)`, 'g');
  return xml.match(re) ?? [];
}

export function first(xml: string, name: string): string | undefined {
  return elements(xml, name)[0];
}

/** The attribute of the first `<w:name>` start tag in `xml`. */
export function attr(xml: string | undefined, name: string, attribute: string): string | undefined {
  if (xml === undefined) return undefined;
  const tag = xml.match(new RegExp(`<w:${name}(?=[ >/])[^>]*>`))?.[0];
  return tag?.match(new RegExp(`\\sw:${attribute}="([^"]*)"`))?.[1];
}

export function paragraphs(xml: string): string[] {
  return elements(xml, 'p');
}

export function runs(xml: string): string[] {
  return elements(xml, 'r');
}

export function text(xml: string): string {
  return (xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
}

/** The paragraph whose text starts with `start`. */
export function paragraphStarting(xml: string, start: string): string {
  const found = paragraphs(xml).find((p) => text(p).startsWith(start));
  if (!found) throw new Error(`no paragraph starts with ${start}`);
  return found;
}

/**
 * The paragraph's style and the styles it is based on, most specific first (styles.xml elements).
 * Body paragraphs and headings take their faces, spacing and indents from their style.
 */
export function styleChain(styles: string, paragraph: string): string[] {
  const all = elements(styles, 'style');
  const chain: string[] = [];
  let id = attr(first(paragraph, 'pPr'), 'pStyle', 'val') ?? 'Normal';
  while (id && !chain.some((s) => attr(s, 'style', 'styleId') === id)) {
    const style = all.find((s) => attr(s, 'style', 'styleId') === id);
    if (!style) break;
    chain.push(style);
    id = attr(style, 'basedOn', 'val') ?? '';
  }
  return chain;
}

/** An attribute as it applies: the paragraph's own properties first, then its style chain's. */
export function effectiveAttr(styles: string, paragraph: string, name: string, attribute: string): string | undefined {
  return [first(paragraph, 'pPr'), ...styleChain(styles, paragraph)]
    .map((xml) => attr(xml, name, attribute))
    .find((value) => value !== undefined);
}

/** A run's font attribute as it applies: the run's own, else its paragraph style chain's. */
export function runFontAttr(styles: string | undefined, paragraph: string, run: string, attribute: string): string | undefined {
  const own = attr(run, 'rFonts', attribute);
  if (own !== undefined || styles === undefined) return own;
  return styleChain(styles, paragraph)
    .map((style) => attr(first(style, 'rPr'), 'rFonts', attribute))
    .find((value) => value !== undefined);
}

/** Whether a run prints bold: its own `<w:b/>` or its paragraph style's. */
export function runIsBold(styles: string, paragraph: string, run: string): boolean {
  const own = first(run, 'rPr');
  if (own && /<w:b\/>/.test(own)) return true;
  if (own && /<w:b w:val="(false|0)"\/>/.test(own)) return false;
  return styleChain(styles, paragraph).some((style) => /<w:b\/>/.test(first(style, 'rPr') ?? ''));
}

/**
 * The eastAsia face of the runs with text in a paragraph (one face expected): each run's own, else
 * (with `styles`, the word/styles.xml part) the one its paragraph style names.
 */
export function eastAsiaFaces(paragraph: string, styles?: string): string[] {
  return [
    ...new Set(
      runs(paragraph)
        .filter((r) => text(r) !== '')
        .map((r) => runFontAttr(styles, paragraph, r, 'eastAsia') ?? '(none)'),
    ),
  ];
}
