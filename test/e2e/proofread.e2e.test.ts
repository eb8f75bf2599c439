/**
 * 校对, paste and typed numbers in the real renderer in Chromium (browser mode): a Word clipboard
 * fragment pasted (bold kept, its table a table block, its list item a 三级 block, its noise fixed on
 * the way in); 校对 opened with Ctrl+Shift+J over text typed with the clerk's usual noise; a finding
 * clicked (the editor's selection lands on it), 修正 one, 全部修正, Ctrl+Z undoing 全部修正 in one step
 * and Ctrl+Shift+Z / Ctrl+Y redoing it; the exported DOCX carrying the fixes; `（一）` typed into a
 * paragraph made 二级 and printed exactly once.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { table } from '../../shared/document/table';
import { numbered, paragraph } from '../../shared/document/types';
import { typeWithIme } from './browser';
import { useAppSession } from './session';
import { pasteWordFragment, WORD_HTML, WORD_TEXT } from './wordPaste';
import { blockTexts, callApi, caretToEndOfBlock, editor, numberLabels, openSeededIssue, waitForSaved } from './ui';

interface StoredBlock {
  type: string;
  level?: number;
  display?: string;
  children?: { text: string; bold?: boolean }[];
  rows?: string[][];
}

/** What the clerk typed from a department's WeChat message: half-width marks, straight quotes, spaces, `...`, full-width digits, a `-` range. */
const NOISY = [
  '3月19日,省中心召开例会,传达学习"直达快享"工作要点。',
  '3月18日-3月22日共受理 705 件,办结７００件,包括社保卡、医保卡...等事项。',
];
/** NOISY after 修正 of its first finding (the first comma). */
const AFTER_ONE_FIX = ['3月19日，省中心召开例会,传达学习"直达快享"工作要点。', NOISY[1]!];
const CLEAN = [
  '3月19日，省中心召开例会，传达学习“直达快享”工作要点。',
  '3月18日—3月22日共受理705件，办结700件，包括社保卡、医保卡……等事项。',
];
const LAST = '本周巡查总体情况良好。';

/** The issue test 1 pastes into; the later tests seed it when run alone. */
const META = { year: 2024, number: 10, issueDate: '2024-03-29', periodStart: '2024-03-18', periodEnd: '2024-03-22' };
/** The typed body the paste goes into (its empty third paragraph). */
const BEFORE_PASTE = [paragraph(NOISY[0]), paragraph(NOISY[1]), paragraph(), paragraph(LAST)];
/** The body after the paste, its first two paragraphs as given: as test 1 stores it, and so as the later tests start. */
const pasted = (first: readonly string[]) => [
  paragraph(first[0]),
  paragraph(first[1]),
  { type: 'paragraph', children: [{ text: '住房城乡建设厅', bold: true }, { text: '召开会议，要求做好2024年城镇燃气安全工作。' }] },
  numbered(3, '列表项目一'),
  table(
    [
      ['单位', '受理（件）'],
      ['民政厅', '705'],
    ],
    0,
  ),
  paragraph(LAST),
];
const AFTER_PASTE = pasted(NOISY);
const AFTER_FIXES = pasted(CLEAN);
const AFTER_NUMBER = [...AFTER_FIXES, numbered(2, '11月25日，省中心召开例会。', 'paragraph')];

async function storedBlocks(page: Page, id: number): Promise<StoredBlock[]> {
  return (await callApi<{ document: { blocks: StoredBlock[] } }>(page, 'issues.get', { id })).document.blocks;
}

/** Each paragraph of the DOCX's body as text (its runs joined, entities undone). */
function docxParagraphs(base64: string): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(Buffer.from(base64, 'base64')))['word/document.xml']!);
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join(''),
  );
}

/** The print HTML's text, tags and whitespace dropped. */
function printedText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('校对, paste and typed numbers in browser mode', () => {
  const session = useAppSession({ viewport: { width: 1600, height: 1000 } });
  let page: Page;
  let issueId: number;
  const autoFindings = () => page.locator('[data-testid="finding"][data-auto="true"]');
  const firstTwo = async () => (await blockTexts(page)).slice(0, 2);

  beforeAll(() => {
    page = session.page;
  });

  /** Opens the issue with `blocks` as its body (seeded only when it differs) and keeps its id. */
  const openIssue = async (blocks: unknown[]) => {
    issueId = await openSeededIssue(page, META, { blocks });
  };

  /** The 校对 panel as test 2 leaves it: opened through the toolbar's button unless open already. */
  const openProofread = async () => {
    const toggle = page.getByTestId('toggle-proofread');
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await page.getByTestId('proofread-panel').waitFor();
  };

  it('pastes a Word fragment: bold kept, the table a table block, the list item a 三级 block, the noise fixed', async () => {
    await openIssue(BEFORE_PASTE);
    await page.locator('[data-testid="editor"] > [data-slate-node="element"]').nth(2).click();
    await pasteWordFragment(page, WORD_HTML, WORD_TEXT);

    const block = (i: number) => page.locator('[data-testid="editor"] > [data-slate-node="element"]').nth(i);
    await expect.poll(() => block(2).locator('strong').allTextContents()).toEqual(['住房城乡建设厅']);
    expect(await block(3).getAttribute('data-level')).toBe('3');
    expect(await numberLabels(page)).toEqual(['1.']);
    expect(await page.getByRole('textbox', { name: '第1行第1列' }).inputValue()).toBe('单位');
    expect(await page.getByRole('textbox', { name: '第2行第2列' }).inputValue()).toBe('705');
    expect((await blockTexts(page))[5]).toBe(LAST);

    await waitForSaved(page);
    const stored = await storedBlocks(page, issueId);
    expect(stored.slice(2, 5)).toEqual([
      {
        type: 'paragraph',
        children: [{ text: '住房城乡建设厅', bold: true }, { text: '召开会议，要求做好2024年城镇燃气安全工作。' }],
      },
      { type: 'numbered', level: 3, display: 'heading', children: [{ text: '列表项目一' }] },
      expect.objectContaining({
        type: 'table',
        rows: [
          ['单位', '受理（件）'],
          ['民政厅', '705'],
        ],
      }),
    ]);
    expect(stored).toHaveLength(6);

    // One Ctrl+Z takes the whole paste back, Ctrl+Y brings it again.
    await page.keyboard.press('Control+z');
    await expect.poll(() => blockTexts(page)).toEqual([...NOISY, '', LAST]);
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await blockTexts(page)).length).toBe(6);
    await expect.poll(() => block(2).locator('strong').allTextContents()).toEqual(['住房城乡建设厅']);
  });

  it('opens 校对 with Ctrl+Shift+J; a click on a finding selects its text in the editor', async () => {
    await openIssue(AFTER_PASTE);
    await page.keyboard.press('Control+Shift+J');
    const panel = page.getByTestId('proofread-panel');
    await panel.waitFor();
    await expect.poll(() => autoFindings().count()).toBeGreaterThanOrEqual(8);
    // Nothing in the pasted blocks is left for the certain rules: paste fixed it on the way in.
    const places = await autoFindings().locator('.bd-finding-place').allTextContents();
    expect(new Set(places)).toEqual(new Set(['第1段', '第2段']));

    const quote = panel.locator('[data-testid="finding"][data-rule="quotes"]').first();
    await quote.locator('.bd-finding-show').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('"');
    const where = await page.evaluate(() => {
      const selection = window.getSelection()!;
      const blocks = [...document.querySelectorAll('[data-testid="editor"] > [data-slate-node="element"]')];
      const block = (selection.anchorNode?.parentElement ?? null)?.closest('[data-slate-node="element"]');
      const range = selection.getRangeAt(0);
      const before = document.createRange();
      before.setStart(block!, 0);
      before.setEnd(range.startContainer, range.startOffset);
      return {
        block: blocks.indexOf(block!),
        offset: before.toString().length,
        focused: document.activeElement?.getAttribute('data-testid'),
      };
    });
    expect(where).toEqual({ block: 0, offset: NOISY[0]!.indexOf('"'), focused: 'editor' });
  });

  it('修正 fixes one finding; 全部修正 the rest; Ctrl+Z undoes 全部修正 in one step, Ctrl+Shift+Z and Ctrl+Y redo it', async () => {
    await openIssue(AFTER_PASTE);
    await openProofread();
    const panel = page.getByTestId('proofread-panel');
    const firstWidth = panel.locator('[data-testid="finding"][data-rule="width"]').first();
    expect(await firstWidth.locator('.bd-finding-text mark').textContent()).toBe(',');
    expect(await firstWidth.locator('.bd-finding-text').textContent()).toBe('…3月19日,省中心召开例会,传达学习…');
    await firstWidth.getByTestId('finding-fix').click();
    await expect.poll(firstTwo).toEqual(AFTER_ONE_FIX);
    const autoBefore = await autoFindings().count();

    await panel.getByTestId('proofread-fix-all').click();
    await expect.poll(firstTwo).toEqual(CLEAN);
    await expect.poll(() => autoFindings().count()).toBe(0);
    expect(await page.getByTestId('proofread-notice').textContent()).toMatch(/^已修正\d+处，可用撤销（Ctrl\+Z）一次恢复。$/);
    expect(autoBefore).toBeGreaterThan(0);

    await editor(page).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(firstTwo).toEqual(AFTER_ONE_FIX); // the one 修正 stays: it was its own step
    await expect.poll(() => autoFindings().count()).toBe(autoBefore);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(firstTwo).toEqual(CLEAN);
    await page.keyboard.press('Control+z');
    await expect.poll(firstTwo).toEqual(AFTER_ONE_FIX);
    await page.keyboard.press('Control+y');
    await expect.poll(firstTwo).toEqual(CLEAN);
    // The rest of the document is as pasted.
    expect((await blockTexts(page))[2]).toBe('住房城乡建设厅召开会议，要求做好2024年城镇燃气安全工作。');

    await waitForSaved(page);
    await expect
      .poll(async () => (await storedBlocks(page, issueId)).slice(0, 2).map((b) => (b.children ?? []).map((c) => c.text).join('')))
      .toEqual(CLEAN);
  });

  it('（一） typed into a paragraph and made 二级 prints one number', async () => {
    await openIssue(AFTER_FIXES);
    await caretToEndOfBlock(page, 5);
    await page.keyboard.press('Enter');
    await typeWithIme(page, 'yi', '（一）');
    // Typed at a paragraph start, the number makes the block 二级 and leaves its text.
    const block6 = page.locator('[data-testid="editor"] > [data-slate-node="element"]').nth(6);
    await expect.poll(() => block6.getAttribute('data-level')).toBe('2');
    expect(await numberLabels(page)).toEqual(['1.', '（一）']);
    // Ctrl+Z right after gives the literal text back: the case of the issue, then 二级 chosen by hand.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await blockTexts(page))[6]).toBe('（一）');
    expect(await block6.getAttribute('data-level')).toBeNull();
    await typeWithIme(page, 'shiyiyue', '11月25日，省中心召开例会。');
    await expect.poll(async () => (await blockTexts(page))[6]).toBe('（一）11月25日，省中心召开例会。');
    await page.getByRole('button', { name: '二级', exact: true }).click();
    await expect.poll(() => block6.getAttribute('data-level')).toBe('2');
    // The editor shows the generated number and the text without the typed one.
    expect((await blockTexts(page))[6]).toBe('（一）11月25日，省中心召开例会。');
    await waitForSaved(page);
    const stored = (await storedBlocks(page, issueId))[6]!;
    expect(stored).toMatchObject({ type: 'numbered', level: 2, children: [{ text: '11月25日，省中心召开例会。' }] });

    const { html } = await callApi<{ html: string }>(page, 'export.printHtml', { id: issueId, mode: 'print' });
    const printed = printedText(html);
    expect(count(printed, '（一）')).toBe(1);
    expect(printed).toContain('（一）11月25日，省中心召开例会。');
  });

  it('the exported DOCX carries the fixes and the one number', async () => {
    await openIssue(AFTER_NUMBER);
    const { base64 } = await callApi<{ base64: string }>(page, 'export.docx', { id: issueId });
    const paragraphs = docxParagraphs(base64);
    const body = paragraphs.join('\n');
    for (const line of CLEAN) expect(paragraphs).toContain(line);
    for (const line of NOISY) expect(body).not.toContain(line.slice(0, 12));
    expect(paragraphs).toContain('住房城乡建设厅召开会议，要求做好2024年城镇燃气安全工作。');
    expect(body).not.toMatch(/[,"]|\.\.\.|[０-９]| 705 /);
    expect(count(body, '（一）')).toBe(1);
    expect(body).toContain('（一）11月25日，省中心召开例会。');
    expect(body).toContain('列表项目一');
  });
});
