/**
 * The parsed DOM as paste reads it: the renderer's DOMParser document (inert: nothing in it runs or
 * loads) or jsdom's under Node, through the few members below, walked with explicit stacks so deep
 * nesting cannot overflow.
 */

/** What is read of a DOM node: enough for DOMParser's and jsdom's nodes alike. */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: HtmlNode | null;
  nextSibling: HtmlNode | null;
  getAttribute?(name: string): string | null;
}

/** The children in order, through the sibling links (jsdom's indexed NodeList goes through a Proxy). */
export function childrenOf(node: HtmlNode): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) out.push(child);
  return out;
}

/** Pushes the children so that the first is popped first. */
export function pushChildren<T>(stack: T[], node: HtmlNode, wrap: (child: HtmlNode) => T): void {
  const children = childrenOf(node);
  for (let i = children.length - 1; i >= 0; i--) stack.push(wrap(children[i]!));
}

export const TEXT = 3;
export const ELEMENT = 1;
export const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'NOSCRIPT',
  'TEMPLATE',
  'OBJECT',
  'EMBED',
  'IFRAME',
  'SVG',
  'IMG',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
]);
export const BLOCK = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'MAIN',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'CENTER',
  'BODY',
  'HTML',
  'HR',
  'FORM',
  'FIELDSET',
]);

export function attribute(node: HtmlNode, name: string): string {
  return node.getAttribute?.(name) ?? '';
}
