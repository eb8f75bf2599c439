/**
 * A Word paste measured in the real editor: browser mode, Debian's Chromium, an open issue with an
 * empty paragraph. The clipboard HTML is delivered as Chromium delivers Ctrl+V (a `paste` event,
 * then `beforeinput` insertFromPaste with the DataTransfer), and the page measures two figures:
 * - handler: the paste's handling until the document model holds the pasted blocks (the browser's
 *   DOMParser, shared/document/pasteHtml.ts with the certain 校对 fixes, the insert into Slate);
 * - rendered: until the editor shows every pasted block, checked once per animation frame.
 * Between runs one Ctrl+Z takes the paste back.
 */
import { launchBrowser } from '../test/e2e/browser';
import { startHost } from '../test/e2e/host';
import { openSeededIssue } from '../test/e2e/ui';

const RUNS = 30;
const WARM_UP = 2;
const BLOCKS = '[data-testid="editor"] > [data-slate-node="element"]';

// A string, not a function: tsx (esbuild keepNames) would wrap named inner functions in a `__name`
// helper that does not exist in the page.
const MEASURE = `async ({ html, expected, selector }) => {
  const target = document.querySelector('[data-testid="editor"]');
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', '');
  const t0 = performance.now();
  if (target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) {
    target.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
  }
  const t1 = performance.now();
  while (document.querySelectorAll(selector).length < expected) await new Promise((r) => requestAnimationFrame(r));
  return { handler: t1 - t0, rendered: performance.now() - t0 };
}`;

export async function browserPaste(html: string): Promise<{ handler: number[]; rendered: number[]; blocks: number }> {
  const host = await startHost();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(host.url);
    await openSeededIssue(
      page,
      { year: 2024, number: 10, issueDate: '2024-03-29', periodStart: '2024-03-18', periodEnd: '2024-03-22' },
      { blocks: [{ type: 'paragraph', children: [{ text: '' }] }] },
    );

    // How many blocks the paste brings: once, by pasting and counting.
    const first = page.locator(BLOCKS).first();
    const measure = (expected: number) =>
      page.evaluate(`(${MEASURE})(${JSON.stringify({ html, expected, selector: BLOCKS })})`) as Promise<{
        handler: number;
        rendered: number;
      }>;
    const handler: number[] = [];
    const rendered: number[] = [];
    let blocks = 2;
    for (let i = 0; i < RUNS + WARM_UP; i++) {
      await first.click();
      const result = await measure(blocks);
      if (i === 0) blocks = await page.locator(BLOCKS).count();
      else if (i >= WARM_UP) {
        handler.push(result.handler);
        rendered.push(result.rendered);
      }
      await page.keyboard.press('Control+z');
      await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 1, BLOCKS);
      await page.waitForTimeout(400); // let the autosave and the 校对 pass after the undo settle
    }
    return { handler, rendered, blocks };
  } finally {
    await browser.close();
    await host.stop();
  }
}
