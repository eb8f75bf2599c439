/**
 * The measuring step: in a browser that has laid out the flow document (buildPrintHtml without a
 * measurement), count the lines of every flow item and, for body blocks, find where each line starts.
 *
 * Lives in shared/ so the renderer's preview and the Node hosts use the same code.
 * `measureFlow(document)` is self-contained — no imports, no module state, structural DOM types — so
 * two kinds of host can run it:
 * - in a DOM they own (the app's preview): call `measureFlow(iframe.contentDocument)` directly;
 * - in a browser they drive (the CLI through playwright-core): `page.evaluate(MEASURE_SCRIPT)`, the
 *   same function as an expression string (not an inline script: the document itself never runs
 *   code, and the app's CSP is script-src 'self').
 *
 * Every line has the same exact height (the grid pitch), so an item's line count is its height over
 * the pitch, and a character's line is where its box's middle falls. Line starts come from a binary
 * search over the characters' boxes per line: a few hundred Range measurements for a 30-page issue.
 */

export interface MeasuredItem {
  /** Lines the item takes on the grid. */
  lines: number;
  /** For blocks that may be split: offset (UTF-16 code units of its text) where each line starts. */
  lineStarts: number[] | null;
}

export interface FlowMeasurement {
  /** Indexed by the items' `data-flow` numbers. */
  items: MeasuredItem[];
}

interface MRect {
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface MNode {
  nodeType: number;
  childNodes: ArrayLike<MNode>;
}
interface MText extends MNode {
  data: string;
}
interface MElement extends MNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getBoundingClientRect(): MRect;
}
interface MRange {
  setStart(node: MNode, offset: number): void;
  setEnd(node: MNode, offset: number): void;
  getBoundingClientRect(): MRect;
}
export interface MeasurableDocument {
  querySelector(selector: string): MElement | null;
  querySelectorAll(selector: string): ArrayLike<MElement>;
  createRange(): MRange;
}

export function measureFlow(doc: MeasurableDocument): FlowMeasurement {
  const root = doc.querySelector('[data-line-pitch-px]');
  const pitch = Number(root?.getAttribute('data-line-pitch-px'));
  if (!(pitch > 0)) throw new Error('measureFlow: no [data-line-pitch-px] root in the document');
  const range = doc.createRange();
  const elements = doc.querySelectorAll('[data-flow]');
  const items: MeasuredItem[] = [];
  for (let e = 0; e < elements.length; e++) {
    const element = elements[e]!;
    const box = element.getBoundingClientRect();
    const lines = Math.round(box.height / pitch);
    let lineStarts: number[] | null = null;
    if (element.hasAttribute('data-split')) {
      // The element's text nodes in order, with the offset of each in the element's text.
      const texts: MText[] = [];
      const offsets: number[] = [];
      let length = 0;
      const walk = (node: MNode): void => {
        if (node.nodeType === 3) {
          texts.push(node as MText);
          offsets.push(length);
          length += (node as MText).data.length;
          return;
        }
        for (let c = 0; c < node.childNodes.length; c++) walk(node.childNodes[c]!);
      };
      walk(element);
      // Line of the character at `index`, or -1 when it has no box (collapsed space).
      const lineOf = (index: number): number => {
        let t = texts.length - 1;
        while (t > 0 && offsets[t]! > index) t--;
        const local = index - offsets[t]!;
        range.setStart(texts[t]!, local);
        range.setEnd(texts[t]!, local + 1);
        const r = range.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) return -1;
        return Math.floor(((r.top + r.bottom) / 2 - box.top) / pitch);
      };
      // Line of the first character at or after `index` that has a box (Infinity if none).
      const lineFrom = (index: number): number => {
        for (let i = index; i < length; i++) {
          const line = lineOf(i);
          if (line >= 0) return line;
        }
        return Infinity;
      };
      lineStarts = [0];
      let low = 0;
      for (let line = 1; line < lines; line++) {
        // The first character whose line is >= `line`: characters' lines never decrease in text order.
        let lo = low;
        let hi = length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (lineFrom(mid) >= line) hi = mid;
          else lo = mid + 1;
        }
        // Never start a line between the two halves of a surrogate pair.
        const t = texts.findIndex((_, k) => k === texts.length - 1 || offsets[k + 1]! > lo);
        const code = texts[t]?.data.charCodeAt(lo - offsets[t]!) ?? 0;
        if (code >= 0xdc00 && code <= 0xdfff) lo--;
        lineStarts.push(lo);
        low = lo;
      }
    }
    const index = Number(element.getAttribute('data-flow'));
    items[index] = { lines, lineStarts };
  }
  return { items };
}

/**
 * measureFlow as an expression for a driven browser (`page.evaluate(MEASURE_SCRIPT)`). Transpilers
 * may wrap named functions in a `__name(fn, "name")` helper that the page does not have; it is
 * defined as the identity around the function.
 */
export const MEASURE_SCRIPT = `(() => { const __name = (fn) => fn; return (${measureFlow.toString()})(document); })()`;
