/**
 * The layout check for 本期要目 (issue 12, item 7): the 2022 第28期 sample with the contents box on
 * (level-2 headings included), rendered as DOCX through LibreOffice 25.2 and as print HTML through
 * Chromium, measured on the PDFs against the same issue with the box off.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../electron/services/export/docx/buildDocx';
import { contentsTotalLines } from '../../shared/layout/contents';
import { toPrintableIssue, type PrintableIssue } from '../../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../../shared/layout/spec';
import { fixtureIssue, weekly2022n28 } from '../fixtures/issues';
import { doc, h, p } from '../fixtures/issues/build';
import { bodyLines, type TextMeasurements, measureText } from './measure';
import { closePrintBrowser, printPdf } from './printPdf';
import { closeRenderers, docxToPdf } from './render';

const layout = DEFAULT_LAYOUT;
const pitch = layout.grid.linePitchPt;

function printable(enabled: boolean): PrintableIssue {
  return toPrintableIssue(weekly2022n28.series, fixtureIssue(weekly2022n28), weekly2022n28.closing, { enabled, level2: true });
}

/** 18 level-1 headings: a box longer than what page 1 has left under the masthead. */
const long = toPrintableIssue(
  weekly2022n28.series,
  fixtureIssue({
    ...weekly2022n28,
    document: doc(...Array.from({ length: 18 }, (_, i) => [h(1, `第${i + 1}部分工作情况`), p(`第${i + 1}部分正文。`)]).flat()),
  }),
  null,
  { enabled: true, level2: false },
);
let longMeasured: Record<Side, TextMeasurements>;

const on = printable(true);
const off = printable(false);
const box = on.contents!;
/** Grid lines the box and its gap line take. */
const boxLines = contentsTotalLines(box, layout);

type Side = 'docx' | 'html';
/**
 * How far a line may be off its grid position: LibreOffice sets lines to a few hundredths of a point;
 * Chromium snaps line boxes to whole CSS pixels when printing (0.75 pt), so a line lands up to about
 * half a pixel either side. Both far below a grid line (28.95 pt).
 */
const TOLERANCE_PT: Record<Side, number> = { docx: 0.3, html: 0.8 };
const measured: Record<Side, { on: TextMeasurements; off: TextMeasurements }> = {} as never;
let dir: string;

async function render(issue: PrintableIssue, side: Side, name: string): Promise<TextMeasurements> {
  if (side === 'docx') {
    const file = path.join(dir, `${name}.docx`);
    await writeFile(file, await buildDocx(issue, layout));
    return measureText(await docxToPdf(file, dir));
  }
  const file = path.join(dir, `${name}-print.pdf`);
  await writeFile(file, (await printPdf(issue, layout)).pdf);
  return measureText(file);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefdesk-contents-'));
  for (const side of ['docx', 'html'] as const) {
    measured[side] = { on: await render(on, side, 'on'), off: await render(off, side, 'off') };
  }
  longMeasured = { docx: await render(long, 'docx', 'long'), html: await render(long, 'html', 'long') };
  if (process.env.CONTENTS_DUMP) {
    for (const side of ['docx', 'html'] as const)
      longMeasured[side].pages
        .slice(0, 2)
        .forEach((pg) => bodyLines(pg).forEach((l) => console.info(`${side}/long p${pg.number} y=${l.yMin.toFixed(2)} ${l.text}`)));
    console.info(`contents PDFs in ${dir}`);
    for (const side of ['docx', 'html'] as const)
      for (const [state, m] of Object.entries(measured[side]))
        m.pages
          .slice(0, 1)
          .forEach((p) =>
            bodyLines(p).forEach((l) =>
              console.info(`${side}/${state} p${p.number} y=${l.yMin.toFixed(2)} x=${l.xMin.toFixed(1)} ${l.text}`),
            ),
          );
  }
});

afterAll(async () => {
  await Promise.all([closeRenderers(), closePrintBrowser()]);
  if (dir && !process.env.CONTENTS_DUMP) await rm(dir, { recursive: true, force: true });
});

const clean = (text: string) => text.replace(/\s+/g, '');
const lineTexts = (m: TextMeasurements, page = 0) => bodyLines(m.pages[page]!).map((l) => clean(l.text));

describe('本期要目 rendered by LibreOffice (DOCX) and Chromium (print HTML)', () => {
  it('lists the sample’s headings: level 1 and level 2', () => {
    expect(box.lines.filter((l) => l.level === 1).length).toBeGreaterThanOrEqual(2);
    expect(box.lines.some((l) => l.level === 2)).toBe(true);
  });

  it.each(['docx', 'html'] as const)('%s: the box’s lines come right under the masthead, before the body', (side) => {
    const lines = lineTexts(measured[side].on);
    const title = lines.indexOf('本期要目');
    // The masthead ends with the period line; the box follows it directly.
    expect(lines[title - 1]).toBe(clean(on.periodLine!));
    expect(lines.slice(title + 1, title + 1 + box.lines.length)).toEqual(box.lines.map((l) => clean(l.text)));
    // The body's first heading comes after the box (its text again, now as the heading).
    expect(lines[title + 1 + box.lines.length]).toBe(clean(box.lines[0]!.text));
  });

  it('has the same page count in both engines, and the same first line on every page', () => {
    const { docx, html } = measured;
    console.info(
      `contents on: DOCX ${docx.on.pageCount} pages (${docx.on.linesPerPage.join(',')}), print ${html.on.pageCount} pages (${html.on.linesPerPage.join(',')}); box ${boxLines} grid lines`,
    );
    expect(html.on.pageCount).toBe(docx.on.pageCount);
    expect(html.on.firstLines).toEqual(docx.on.firstLines);
    expect(html.on.linesPerPage).toEqual(docx.on.linesPerPage);
  });

  it.each(['docx', 'html'] as const)(
    '%s: the body after the box is moved down by exactly the box’s grid lines (still on the grid)',
    (side) => {
      const withBox = bodyLines(measured[side].on.pages[0]!);
      const without = bodyLines(measured[side].off.pages[0]!);
      const start = without.findIndex((l) => clean(l.text) === clean(box.lines[0]!.text));
      const moved = withBox.length - (box.lines.length + 1) - start;
      expect(moved).toBeGreaterThan(3);
      // Every body line that is on page 1 in both prints boxLines grid lines lower with the box, same face, same engine.
      for (let i = 0; i < moved; i++) {
        const a = without[start + i]!;
        const b = withBox[start + box.lines.length + 1 + i]!;
        expect(clean(b.text), `line ${i}`).toBe(clean(a.text));
        expect(Math.abs(b.yMin - a.yMin - boxLines * pitch), `line ${i}: ${clean(a.text)}`).toBeLessThan(TOLERANCE_PT[side]);
      }
      // The box's rows take the place of body lines on page 1: never more lines than the grid holds.
      expect(withBox.length).toBeLessThanOrEqual(without.length - layout.contents.linesAfter);
    },
  );

  it.each(['docx', 'html'] as const)('%s: the box’s own lines are one grid line apart', (side) => {
    const lines = bodyLines(measured[side].on.pages[0]!);
    const title = lines.findIndex((l) => clean(l.text) === '本期要目');
    // Entries are all in the body face: compare them with each other.
    const entries = lines.slice(title + 1, title + 1 + box.lines.length);
    entries.forEach((line, i) => {
      if (i === 0) return;
      expect(Math.abs(line.yMin - entries[i - 1]!.yMin - pitch), clean(line.text)).toBeLessThan(TOLERANCE_PT[side]);
    });
  });
});

describe('a 本期要目 longer than page 1 has room for', () => {
  it('breaks at the same row in both engines, the title again on top of page 2', () => {
    const { docx, html } = longMeasured;
    console.info(
      `long box: DOCX ${docx.pageCount} pages (${docx.linesPerPage.join(',')}), print ${html.pageCount} pages (${html.linesPerPage.join(',')})`,
    );
    expect(html.pageCount).toBe(docx.pageCount);
    expect(html.linesPerPage).toEqual(docx.linesPerPage);
    expect(html.firstLines).toEqual(docx.firstLines);
    for (const m of [docx, html]) {
      expect(lineTexts(m, 1)[0]).toBe('本期要目');
      // Every heading is listed once, across the two pages.
      const listed = [...lineTexts(m, 0), ...lineTexts(m, 1)].filter((t) => /^[一二三四五六七八九十]+、/.test(t));
      expect(listed.slice(0, 18)).toEqual(long.contents!.lines.map((l) => clean(l.text)));
    }
  });
});
