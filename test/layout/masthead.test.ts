/**
 * Issue 12, flaw 1: the issuer-and-date line of the masthead on one line in both engines. The centre's
 * name with `2022年10月21日` wrapped in LibreOffice (`…21` / `日`) and touched in Chromium at 16 pt; the
 * longest issuer a series allows (ISSUER_MAX_CHARS) must fit too (condensed at 五号).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../electron/services/export/docx/buildDocx';
import { ISSUER_MAX_CHARS } from '../../shared/layout/mastheadFit';
import { DEFAULT_LAYOUT } from '../../shared/layout/spec';
import { weekly2022n28 } from '../fixtures/issues';
import { mmToPt, readPages, type TextPage } from './measure';
import { closePrintBrowser, printableFixture, printPdf } from './printPdf';
import { closeRenderers, docxToPdf } from './render';

const layout = DEFAULT_LAYOUT;
const LEFT_PT = mmToPt(layout.margins.leftMm);
const RIGHT_PT = mmToPt(layout.page.widthMm - layout.margins.rightMm);
const CASES = [
  { name: 'centre', issuer: '四川省政府政务服务和公共资源交易服务中心', date: '2022年10月21日' },
  // The longest a series allows (ISSUER_MAX_CHARS), with the widest date.
  {
    name: 'longest',
    issuer: '中国共产党四川省委员会政务服务和公共资源交易服务中心办公室综合处'.padEnd(ISSUER_MAX_CHARS, '科'),
    date: '2022年12月31日',
  },
];

let dir: string;
const pages = new Map<string, TextPage[]>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefdesk-masthead-'));
  for (const c of CASES) {
    const issue = { ...printableFixture(weekly2022n28), issuer: c.issuer, dateLine: c.date };
    const docxPath = path.join(dir, `${c.name}.docx`);
    await writeFile(docxPath, await buildDocx(issue, layout));
    pages.set(`${c.name}/docx`, await readPages(await docxToPdf(docxPath, dir)));
    const htmlPdf = path.join(dir, `${c.name}-print.pdf`);
    await writeFile(htmlPdf, (await printPdf(issue, layout)).pdf);
    pages.set(`${c.name}/html`, await readPages(htmlPdf));
  }
});

afterAll(async () => {
  await Promise.all([closeRenderers(), closePrintBrowser()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

const compact = (text: string) => text.replace(/\s+/g, '');

describe.each(CASES.flatMap((c) => (['docx', 'html'] as const).map((side) => ({ ...c, side }))))(
  '$name issuer, $side',
  ({ name, issuer, date, side }) => {
    it('sets issuer and date on one line, inside the text block, the next line being the one after the rule', () => {
      const first = pages.get(`${name}/${side}`)![0]!;
      // Title, 期号 line, then issuer and date, then the part title: one line between them.
      const line = first.lines[2]!;
      // Characters compared as a multiset: pdftotext may order the glyphs of a condensed line differently.
      const sorted = (text: string) => [...compact(text)].sort().join('');
      expect(sorted(line.text)).toBe(sorted(issuer + date));
      expect(compact(first.lines[3]!.text)).toBe('政务服务工作');
      // Inside the text block (the page's sides are its margins), and nothing of the date on a line of its own.
      expect(line.xMin).toBeGreaterThanOrEqual(LEFT_PT - 1);
      expect(line.xMax).toBeLessThanOrEqual(RIGHT_PT + 1);
      expect(first.lines.some((l) => compact(l.text) === '日')).toBe(false);
    });
  },
);

it('both engines put the same first line on page 2 (the masthead line shifts nothing)', () => {
  for (const c of CASES) {
    const docx = pages.get(`${c.name}/docx`)![1]!.lines[0]!.text;
    const html = pages.get(`${c.name}/html`)![1]!.lines[0]!.text;
    expect(compact(html), c.name).toBe(compact(docx));
  }
});
