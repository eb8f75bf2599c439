/**
 * A small element tree over saxes (a maintained streaming XML parser): elements with their prefixed
 * names (`w:p`), attributes and children, text kept only where WordprocessingML holds text. Building
 * it is one linear pass; Word and WPS always write the conventional prefixes (w:, mc:, wp:, v:, a:).
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside (only kept for text-bearing elements). */
  text: string;
}

/** Elements whose character data is the document's text; everything else is whitespace or data. */
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText', 'w:lvlText']);

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: '#root', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1]!.children.push(element);
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1]!;
    if (TEXT_ELEMENTS.has(current.name)) current.text += text;
  });
  parser.on('cdata', (text) => {
    const current = stack[stack.length - 1]!;
    if (TEXT_ELEMENTS.has(current.name)) current.text += text;
  });
  parser.write(xml).close();
  return root;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

export function attr(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attributes[name];
}

/** The first descendant with that name, depth first (iterative: no recursion depth limit). */
export function descendant(element: XmlElement, name: string): XmlElement | undefined {
  const stack = [...element.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.name === name) return next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return undefined;
}

/** A WordprocessingML on/off property (`<w:b/>`, `<w:b w:val="0"/>`): absent → undefined. */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = element.attributes['w:val'];
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}
