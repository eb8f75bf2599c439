/**
 * Issue 12, flaw 3: a heading is never the last line of a page, in either engine, and both break the
 * page at the same place. A built issue puts a heading exactly on the last line of page 1 (the masthead
 * takes 5 grid lines, then 16 one-line paragraphs): the heading must open page 2 in the DOCX (LibreOffice)
 * and in the print PDF (Chromium). The samples are checked the same way in samples.test.ts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildDocx } from '../../electron/services/export/docx/buildDocx';
import type { PrintableIssue, PrintBlock } from '../../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../../shared/layout/spec';
import { bodyLines, readPages, type TextPage } from './measure';
import { closePrintBrowser, printPdf } from './printPdf';
import { closeRenderers, docxToPdf } from './render';

const paragraph = (text: string): PrintBlock => ({ kind: 'paragraph', level: null, label: null, runs: [{ text, bold: false }] });
const DIGITS = '〇一二三四五六七八九';
const ISSUE: PrintableIssue = {
  seriesTitle: '窗口工作周报',
  numberLine: '2024年第1期',
  issuer: '省政务服务中心',
  dateLine: '2024年1月5日',
  partTitle: null,
  periodLine: null,
  blocks: [
    ...Array.from({ length: 16 }, (_, i) => paragraph(`第${DIGITS[Math.floor(i / 10)]}${DIGITS[i % 10]}段正文只有一行。`)),
    { kind: 'heading', level: 1, label: '一、', runs: [{ text: '大厅巡查情况', bold: false }] },
    paragraph('本周巡查总体情况良好。'.repeat(5)),
  ],
  closing: null,
};

const compact = (text: string) => text.replace(/\s+/g, '');
let dir: string;
const rendered: Record<'docx' | 'html', TextPage[]> = { docx: [], html: [] };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefdesk-keep-'));
  const docxPath = path.join(dir, 'keep.docx');
  await writeFile(docxPath, await buildDocx(ISSUE, DEFAULT_LAYOUT));
  rendered.docx = await readPages(await docxToPdf(docxPath, dir));
  const htmlPdf = path.join(dir, 'keep-print.pdf');
  await writeFile(htmlPdf, (await printPdf(ISSUE, DEFAULT_LAYOUT)).pdf);
  rendered.html = await readPages(htmlPdf);
});

afterAll(async () => {
  await Promise.all([closeRenderers(), closePrintBrowser()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

it.each(['docx', 'html'] as const)('%s: the heading that fell on the last line of page 1 opens page 2 with its text', (side) => {
  const pages = rendered[side];
  expect(pages.length).toBe(2);
  const first = bodyLines(pages[0]!);
  expect(compact(first.at(-1)!.text)).toBe('第一五段正文只有一行。');
  const second = bodyLines(pages[1]!);
  expect(compact(second[0]!.text)).toBe('一、大厅巡查情况');
  expect(compact(second[1]!.text).startsWith('本周巡查')).toBe(true);
});
