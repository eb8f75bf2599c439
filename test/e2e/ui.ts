/** What the end-to-end tests read off and do in the real UI, in one place. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import type { ImportPreview } from '../../shared/contract/importChannels';
import { draftOf } from '../../shared/import/draft';
import type { DetectedIssue } from '../../shared/import/types';
import { picture, type BriefDocument } from '../../shared/document/types';
import { makeJpeg } from '../fixtures/pictures';

export const editor = (page: Page) => page.getByTestId('editor');

/** Each block of the editor as the clerk sees it: generated number + text (zero-width placeholders removed). */
export function blockTexts(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="editor"] > [data-slate-node="element"]', (elements) =>
    elements.map((el) => (el.textContent ?? '').replace(/\uFEFF/g, '')),
  );
}

export function numberLabels(page: Page): Promise<string[]> {
  return page.locator('[data-testid="editor"] .bd-number').allTextContents();
}

export async function waitForSaved(page: Page): Promise<void> {
  await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 10_000 });
}

export interface ApiAnswer<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

/** Calls a contract channel over HTTP with the page's own token, as the renderer does; the whole answer. */
export function callApiResult<T>(page: Page, channel: string, input: unknown): Promise<ApiAnswer<T>> {
  return page.evaluate(
    async ({ channel, input }) => {
      const token = document.querySelector('meta[name="briefdesk-token"]')?.getAttribute('content') ?? '';
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-briefdesk-token': token },
        body: JSON.stringify(input),
      });
      return response.json();
    },
    { channel, input },
  ) as Promise<ApiAnswer<T>>;
}

/** The same, answering the value; a refusal throws with its code and message. */
export async function callApi<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await callApiResult<T>(page, channel, input);
  if (!result.ok) throw new Error(`${result.error?.code}: ${result.error?.message}`);
  return result.value as T;
}

/** Places the caret at the end of block `index` the way a clerk does: a click in its text, then End. */
export async function caretToEndOfBlock(page: Page, index: number): Promise<void> {
  const block = page.locator('[data-testid="editor"] > [data-slate-node="element"]').nth(index);
  await block.locator('[data-slate-string], [data-slate-zero-width]').last().click();
  await page.keyboard.press('End');
}

/** The 期 a test starts from: year and number pick it out of the first series; the rest as the form has it. */
export interface SeedMeta {
  year: number;
  number: number;
  totalNumber?: number | null;
  issueDate: string;
  periodStart?: string | null;
  periodEnd?: string | null;
}

export interface SeedOptions {
  /** The body the test starts from; left out, a new issue keeps the body it was created with. */
  blocks?: unknown[];
  /** Whether the test starts from a finalized issue (定稿 through the contract). */
  final?: boolean;
}

/** Whether `stored` holds at least what `wanted` says: the same arrays, objects with (at least) its keys. */
function holds(stored: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) {
    return Array.isArray(stored) && stored.length === wanted.length && wanted.every((w, i) => holds(stored[i], w));
  }
  if (wanted !== null && typeof wanted === 'object') {
    if (stored === null || typeof stored !== 'object') return false;
    return Object.entries(wanted).every(([key, w]) => holds((stored as Record<string, unknown>)[key], w));
  }
  return stored === wanted;
}

/**
 * A test's starting point, seeded through the contract and opened in the editor, so that the test can
 * run alone. Idempotent: the issue is made only when the series lacks it, the body written only when it
 * differs from `blocks`, and an issue already open in the same state stays open without a reload — so
 * run in its file's order, a test still continues from exactly what the previous one typed.
 */
export async function openSeededIssue(page: Page, meta: SeedMeta, options: SeedOptions = {}): Promise<number> {
  const [series] = await callApi<{ id: number }[]>(page, 'series.list', {});
  const listed = await callApi<{ id: number; year: number; number: number; supplement: boolean }[]>(page, 'issues.list', {
    seriesId: series!.id,
  });
  let id = listed.find((i) => i.year === meta.year && i.number === meta.number && !i.supplement)?.id;
  let changed = id === undefined;
  if (id === undefined) {
    const full = { totalNumber: null, periodStart: null, periodEnd: null, partTitle: null, ...meta };
    id = (await callApi<{ id: number }>(page, 'issues.create', { seriesId: series!.id, meta: full })).id;
  }
  const view = page.locator(`section.bd-issue[data-issue-id="${id}"]`);
  const open = await view.isVisible();
  // What the open editor still has to save belongs to the state being compared.
  if (open && (await page.getByTestId('save-state').getAttribute('data-state')) !== 'saved') await waitForSaved(page);
  let stored = await callApi<{ status: string; document: { blocks: unknown[] } }>(page, 'issues.get', { id });
  if (options.blocks && !holds(stored.document.blocks, options.blocks)) {
    if (stored.status === 'final') await callApi(page, 'issues.reopen', { id, note: '' });
    await callApi(page, 'issues.saveDocument', { id, document: { schemaVersion: 2, blocks: options.blocks } });
    stored = await callApi(page, 'issues.get', { id });
    changed = true;
  }
  if ((options.final ?? false) !== (stored.status === 'final')) {
    await callApi(page, options.final ? 'issues.finalize' : 'issues.reopen', { id });
    changed = true;
  }
  if (open && !changed) return id;
  if (changed) await page.reload();
  await page.locator(`[data-issue-id="${id}"] .bd-issue-open`).click();
  await editor(page).waitFor();
  return id;
}

/** Opens the paginated preview beside the editor unless it is open already. */
export async function showPreview(page: Page): Promise<void> {
  const toggle = page.getByTestId('toggle-preview');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
}

/**
 * `doc` with `count` photos (JPEGs of width × height, each a little different) stored through the
 * contract and spread evenly through its body, none first.
 */
export async function withPhotos(page: Page, doc: BriefDocument, count: number, width: number, height: number): Promise<BriefDocument> {
  const blocks = [...doc.blocks];
  for (let i = 0; i < count; i++) {
    const photo = makeJpeg(width, height, 85 - i);
    const stored = await callApi<{ pictureId: string; pixelWidth: number; pixelHeight: number }>(page, 'pictures.add', {
      fileName: `照片${i + 1}.jpg`,
      base64: photo.bytes.toString('base64'),
    });
    const at = Math.round(((i + 1) * blocks.length) / (count + 1));
    blocks.splice(at, 0, picture(stored.pictureId, stored.pixelWidth, stored.pixelHeight, `图为第${i + 1}张现场照片`, 75));
  }
  return { ...doc, blocks };
}

/**
 * A past issue's file stored as 导入往期 stores it — `import.preview`, then `import.save` of its draft
 * into the series the preview found — with `corrections` standing for what the clerk types over what
 * detection read (a lost 期号).
 */
export async function importThroughContract(page: Page, file: string, corrections: Partial<DetectedIssue> = {}): Promise<void> {
  const base64 = (await readFile(file)).toString('base64');
  const preview = await callApi<ImportPreview>(page, 'import.preview', { fileName: basename(file), base64 });
  const draft = draftOf({ ...preview.issue, ...corrections });
  if (!draft) throw new Error(`${basename(file)}: 未识别出年份、期号或日期`);
  await callApi(page, 'import.save', { draft, ...(preview.seriesId !== null ? { seriesId: preview.seriesId } : {}) });
}

/** Shows a tool's workbench (`open-tool-<tool>`, then `<tool>-workbench`) unless it is showing already. */
export async function showWorkbench(page: Page, tool: 'import' | 'roster' | 'series'): Promise<void> {
  const workbench = page.getByTestId(`${tool}-workbench`);
  if (await workbench.isVisible()) return;
  await page.getByTestId(`open-tool-${tool}`).click();
  await workbench.waitFor();
}
