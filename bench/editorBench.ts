/**
 * Editor figures for a 30-page issue in Debian's Chromium through browser mode:
 * time to open the issue, keystroke latency, IME commit latency, and one autosave round trip — for the
 * plain issue and for the same issue with 10 photos in it.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, typeWithIme } from '../test/e2e/browser';
import { startHost } from '../test/e2e/host';
import { callApi, withPhotos } from '../test/e2e/ui';
import { benchDocument, percentile } from './fixtures';

const KEYSTROKES = 300;
const IME_COMMITS = 40;

/**
 * In the page: for each keystroke (or IME commit) two figures.
 * - work: from the event's timestamp until the edit is in the DOM and laid out (a task queued behind the
 *   event's own handling, which forces layout) — what must fit in a frame;
 * - frame: from the event's timestamp to the next animation frame, which includes waiting for vsync.
 */
// A string, not a function: tsx (esbuild keepNames) would wrap named inner functions in a `__name` helper
// that does not exist in the page.
const PROBES = `(() => {
  const bench = { keyWork: [], keyFrame: [], imeWork: [], imeFrame: [] };
  window.__bench = bench;
  const probe = (start, work, frame) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      void document.body.offsetHeight;
      work.push(performance.now() - start);
    };
    channel.port2.postMessage(null);
    requestAnimationFrame(() => frame.push(performance.now() - start));
  };
  window.addEventListener('keydown', (e) => probe(e.timeStamp, bench.keyWork, bench.keyFrame), true);
  window.addEventListener('compositionend', (e) => probe(e.timeStamp, bench.imeWork, bench.imeFrame), true);
})()`;

/** In the page: resolves, at the first frame with `blockCount` blocks in the editor, with the time since the click. */
const rendered = (blockCount: number) => `new Promise((resolve) => {
  const check = () => {
    if (document.querySelectorAll('[data-testid="editor"] > [data-slate-node="element"]').length >= ${blockCount}) {
      resolve(performance.now() - window.__clickAt);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

function installProbes(page: Page): Promise<void> {
  return page.evaluate(PROBES);
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/**
 * The floor of the same measurement on this machine: a bare contenteditable (no script at all) with as
 * many paragraphs. What the editor adds is the difference; on a loaded 2-core machine the floor itself
 * is far from zero (input dispatch, style, layout, the measuring task's own queueing).
 */
async function bareContentEditable(page: Page, paragraphs: number): Promise<Record<string, number[]>> {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>第${i}段：省中心召开窗口首席事务代表工作例会，会议传达学习了全国两会精神。</p>`,
  ).join('');
  await page.setContent(`<div contenteditable style="font-size:16pt;width:600px">${body}</div>`);
  await page.click(`p:nth-child(${Math.floor(paragraphs / 2)})`);
  await page.keyboard.press('End');
  await installProbes(page);
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.press(i % 10 === 9 ? 'Backspace' : 'a');
  return page.evaluate(() => (window as unknown as { __bench: Record<string, number[]> }).__bench);
}

const PHOTOS = 10;

interface EditorFigures {
  /** From the click's own event time (what the clerk feels) to the frame with every block rendered. */
  opensFromEvent: number[];
  /** The same, counted from before Playwright's click (its actionability checks included). */
  opensFromDriver: number[];
  probes: Record<string, number[]>;
}

async function measureIssue(page: Page, hostUrl: string, issueId: number, blockCount: number, ime: boolean): Promise<EditorFigures> {
  const opensFromEvent: number[] = [];
  const opensFromDriver: number[] = [];
  await page.goto(hostUrl);
  for (let i = 0; i < 5; i++) {
    await page.reload();
    const row = page.locator(`[data-testid="issue-row"][data-issue-id="${issueId}"]`);
    await row.waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __clickAt?: number };
      delete w.__clickAt;
      window.addEventListener('click', (e) => (w.__clickAt ??= e.timeStamp), { capture: true, once: true });
    });
    const t0 = performance.now();
    await row.click();
    const fromEvent = (await page.evaluate(rendered(blockCount))) as number;
    opensFromDriver.push(performance.now() - t0);
    opensFromEvent.push(fromEvent);
  }

  // Keystrokes in the middle of the document.
  const middle = page.locator('[data-testid="editor"] > [data-slate-node="element"]:not([data-slate-void])').nth(300);
  await middle.locator('[data-slate-string]').last().click();
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
  await installProbes(page);
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.press(i % 10 === 9 ? 'Backspace' : 'a');
  if (ime) for (let i = 0; i < IME_COMMITS; i++) await typeWithIme(page, 'zhengwu', '政务');
  await page.waitForTimeout(300);
  const probes = await page.evaluate(() => (window as unknown as { __bench: Record<string, number[]> }).__bench);
  return { opensFromEvent, opensFromDriver, probes };
}

function printOpen(label: string, figures: EditorFigures): void {
  const { opensFromEvent: e, opensFromDriver: d } = figures;
  console.log(
    `  ${label} p50 ${fmt(percentile(e, 50))}  max ${fmt(Math.max(...e))}  (自点击事件起, ${e.length} 次; 自驱动点击起 p50 ${fmt(percentile(d, 50))})`,
  );
}

export async function runEditorBench(): Promise<void> {
  const host = await startHost();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(host.url);
    const doc = benchDocument();
    const chars = doc.blocks.reduce((n, b) => n + b.children.reduce((m, c) => m + c.text.length, 0), 0);
    const meta = await callApi<Record<string, unknown>>(page, 'issues.propose', { seriesId: 1 });
    const issue = await callApi<{ id: number }>(page, 'issues.create', { seriesId: 1, meta });
    await callApi(page, 'issues.saveDocument', { id: issue.id, document: doc });

    // One autosave: the whole document through the contract, as the renderer sends it.
    const saves: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      await callApi(page, 'issues.saveDocument', { id: issue.id, document: doc });
      saves.push(performance.now() - t0);
    }

    const plain = await measureIssue(page, host.url, issue.id, doc.blocks.length, true);
    const probes = plain.probes;

    const photoDoc = await withPhotos(page, doc, PHOTOS, 1842, 1382);
    const photoMeta = await callApi<Record<string, unknown>>(page, 'issues.propose', { seriesId: 1 });
    const photoIssue = await callApi<{ id: number }>(page, 'issues.create', { seriesId: 1, meta: photoMeta });
    await callApi(page, 'issues.saveDocument', { id: photoIssue.id, document: photoDoc });
    const photos = await measureIssue(page, host.url, photoIssue.id, photoDoc.blocks.length, false);

    const floor = await bareContentEditable(await browser.newPage(), doc.blocks.length);

    console.log(`\n编辑器 (30页简报: ${doc.blocks.length} 段, ${chars} 字, Chromium 无头, 浏览器模式)`);
    printOpen('打开一期       ', plain);
    console.log(
      `  按键→DOM+布局   p50 ${fmt(percentile(probes.keyWork!, 50))}  p95 ${fmt(percentile(probes.keyWork!, 95))}  (${probes.keyWork!.length} 次)`,
    );
    console.log(
      `  (基准: 无脚本 contenteditable ${doc.blocks.length} 段, 按键→DOM+布局 p50 ${fmt(percentile(floor.keyWork!, 50))}  p95 ${fmt(percentile(floor.keyWork!, 95))})`,
    );
    console.log(
      `  按键→下一帧     p50 ${fmt(percentile(probes.keyFrame!, 50))}  p95 ${fmt(percentile(probes.keyFrame!, 95))}  (含等待垂直同步)`,
    );
    console.log(
      `  (基准: 同上 contenteditable, 按键→下一帧 p50 ${fmt(percentile(floor.keyFrame!, 50))}  p95 ${fmt(percentile(floor.keyFrame!, 95))}: 等待垂直同步本身可达 16.7 ms)`,
    );
    console.log(
      `  输入法上屏→DOM  p50 ${fmt(percentile(probes.imeWork!, 50))}  p95 ${fmt(percentile(probes.imeWork!, 95))}  (${probes.imeWork!.length} 次)`,
    );
    console.log(`  输入法上屏→下一帧 p50 ${fmt(percentile(probes.imeFrame!, 50))}  p95 ${fmt(percentile(probes.imeFrame!, 95))}`);
    console.log(`  自动保存一次    p50 ${fmt(percentile(saves, 50))}  p95 ${fmt(percentile(saves, 95))}  (整篇经 HTTP 契约写入 SQLite)`);
    console.log(`同一期加 ${PHOTOS} 张照片 (1842×1382 JPEG)`);
    printOpen('打开一期       ', photos);
    console.log(
      `  按键→下一帧     p50 ${fmt(percentile(photos.probes.keyFrame!, 50))}  p95 ${fmt(percentile(photos.probes.keyFrame!, 95))}  (${photos.probes.keyFrame!.length} 次)`,
    );
  } finally {
    await browser.close();
    await host.stop();
  }
}
