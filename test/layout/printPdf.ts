/**
 * The print side of the layout check: the print serializer's own PDF path (print/pdf.ts: flow, measure,
 * paginate, pages, page.pdf) in a Chromium that runs with the test fontconfig, like render.ts's — so the
 * faces that @font-face leaves to the system (Times New Roman → Liberation Serif) are the same as
 * LibreOffice's. Plus the sample issues as PrintableIssues and a 30-page issue for timings.
 */
import { chromium, type Browser } from 'playwright-core';
import { renderPdf, type PdfResult } from '../../electron/services/export/print/pdf';
import { toPrintableIssue, type PrintableIssue } from '../../shared/layout/issueView';
import type { LayoutSpec } from '../../shared/layout/spec';
import { fixtureIssue, type IssueFixture } from '../fixtures/issues';
import { assertFontsPresent, CHROMIUM_ARGS, CHROMIUM_PATH, FANDOL_DIR, layoutEnv } from './render';

let browser: Promise<Browser> | undefined;

export function printBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, env: layoutEnv() });
  return browser;
}

export async function closePrintBrowser(): Promise<void> {
  const b = browser;
  browser = undefined;
  if (b) await (await b).close();
}

/** The issue as PDF through the print HTML, fonts from resources/fonts/fandol. */
export async function printPdf(issue: PrintableIssue, layout: LayoutSpec): Promise<PdfResult> {
  assertFontsPresent();
  return renderPdf(issue, layout, { browser: await printBrowser(), fontDir: FANDOL_DIR });
}

export function printableFixture(fixture: IssueFixture): PrintableIssue {
  return toPrintableIssue(fixture.series, fixtureIssue(fixture), fixture.closing);
}

/** A long issue: the samples' bodies one after another, `times` over (each sample is about 5 pages). */
export function longIssue(fixtures: readonly IssueFixture[], times: number): PrintableIssue {
  const first = printableFixture(fixtures[0]!);
  const blocks = Array.from({ length: times }, () => fixtures.flatMap((f) => printableFixture(f).blocks)).flat();
  return { ...first, blocks };
}
