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

/** The eastAsia face of the runs with text in a paragraph (one face expected). */
export function eastAsiaFaces(paragraph: string): string[] {
  return [...new Set(runs(paragraph).filter((r) => text(r) !== '').map((r) => attr(r, 'rFonts', 'eastAsia') ?? '(none)'))];
}
