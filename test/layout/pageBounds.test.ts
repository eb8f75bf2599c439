/**
 * Issue 12, flaw 2: a page's last line lost `证，` and those characters were drawn over the first line
 * of the next page. Checked here where it happens, in Chromium on the paginated pages: every glyph of a
 * page's text (each character's box, found with a Range per text node) lies inside that page's text
 * block — with the hanging-punctuation room at the right — and no two lines of a page overlap. Over
 * the three samples and a 30-page issue built from them.
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { layOutInPage } from '../../electron/services/export/print/pdf';
import { HANG_ROOM_MM } from '../../electron/services/export/print/css';
import { DEFAULT_LAYOUT } from '../../shared/layout/spec';
import { SAMPLE_ISSUES } from '../fixtures/issues';
import { closePrintBrowser, longIssue, printableFixture, printBrowser } from './printPdf';
import { FANDOL_DIR } from './render';

const PX_PER_MM = 96 / 25.4;

/** Per page: characters whose box leaves the text block, and line pairs that overlap. */
const CHECK = `(() => {
  const out = [];
  document.querySelectorAll('.sheet').forEach((sheet) => {
    const block = sheet.querySelector('.page').getBoundingClientRect();
    const outside = [];
    const tops = new Map();
    const walker = document.createTreeWalker(sheet.querySelector('.page'), NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.closing')) continue;
      for (let i = 0; i < node.data.length; i++) {
        if (/\\s/.test(node.data[i])) continue;
        range.setStart(node, i); range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const mid = (r.top + r.bottom) / 2;
        if (mid < block.top || mid > block.bottom || r.left < block.left - 1 || r.right > block.right + HANG) outside.push(node.data[i]);
        const key = Math.round(mid);
        tops.set(key, (tops.get(key) || 0) + 1);
      }
    }
    const lines = [...tops.keys()].sort((a, b) => a - b);
    let overlaps = 0;
    for (let k = 1; k < lines.length; k++) if (lines[k] - lines[k - 1] > 1 && lines[k] - lines[k - 1] < PITCH * 0.5) overlaps++;
    out.push({ page: Number(sheet.getAttribute('data-page')), outside: outside.join(''), overlaps });
  });
  return out;
})()`;

let dir: string | undefined;
afterAll(async () => {
  await closePrintBrowser();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const FIXTURES = [
  ...SAMPLE_ISSUES.map((f) => ({ name: path.basename(f.source, '.txt'), issue: printableFixture(f) })),
  { name: '30-page issue', issue: longIssue(SAMPLE_ISSUES, 2) },
];

it.each(FIXTURES)('$name: every glyph inside its page, no two lines over each other', async ({ issue }) => {
  dir ??= await mkdtemp(path.join(tmpdir(), 'briefdesk-bounds-'));
  const context = await (await printBrowser()).newContext();
  try {
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const blank = path.join(dir, 'blank.html');
    await writeFile(blank, '<!doctype html><meta charset="utf-8">');
    await page.goto(pathToFileURL(blank).href);
    const paged = await layOutInPage(page, issue, DEFAULT_LAYOUT, { fontBaseUrl: pathToFileURL(FANDOL_DIR).href, mode: 'print' });
    const pitchPx = DEFAULT_LAYOUT.grid.linePitchPt * (96 / 72);
    const script = CHECK.replace('HANG', String(HANG_ROOM_MM * PX_PER_MM)).replace('PITCH', String(pitchPx));
    const pages = (await page.evaluate(script)) as { page: number; outside: string; overlaps: number }[];
    expect(pages.length).toBe(paged.pagination.pages.length);
    for (const p of pages) {
      expect(p.outside, `page ${p.page}: characters outside the text block`).toBe('');
      expect(p.overlaps, `page ${p.page}: overlapping lines`).toBe(0);
    }
  } finally {
    await context.close();
  }
});
