/** A copy plan makes the default 报尾's print run the sum of the recipients' copies, up to the exports. */
import { describe, expect, it } from 'vitest';
import { weekly2022n28 } from '../../fixtures/issues';
import { part, text, unzipDocx } from '../export/docxXml';
import { DEFAULT_SERIES_ID, dumpDatabase, harness } from '../services/helpers';
import { htmlText, PLAN, settings } from './seriesFixtures';

const WEEKLY = settings({
  title: '窗口工作周报',
  issuer: '四川省政府政务服务和公共资源交易服务中心',
  periodKind: 'week',
  hasTotal: true,
  partTitle: '政务服务工作',
});

async function storedIssue() {
  const h = harness();
  const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: weekly2022n28.meta });
  await h.value('issues.saveDocument', { id: issue.id, document: weekly2022n28.document });
  return { h, id: issue.id };
}

async function docxBody(base64: string): Promise<string> {
  return text(part(await unzipDocx(new Uint8Array(Buffer.from(base64, 'base64'))), 'word/document.xml'));
}

describe('copy plan', () => {
  it('stores the sum as the default 报尾’s copies, keeping its lines, and the issue prints it', async () => {
    const { h, id } = await storedIssue();
    const before = await h.value('series.get', { id: DEFAULT_SERIES_ID });
    expect(before.closing?.copies).toBe(80); // migration 002's default
    const updated = await h.value('series.update', { id: DEFAULT_SERIES_ID, settings: { ...WEEKLY, copyPlan: PLAN } });
    expect(updated.copyPlan).toEqual(PLAN);
    expect(updated.closing).toEqual({ lines: before.closing!.lines, copies: 80 });

    const bigger = { recipients: [...PLAN.recipients, { name: '省政府办公厅', copies: 3 }] };
    await h.value('series.update', { id: DEFAULT_SERIES_ID, settings: { ...WEEKLY, copyPlan: bigger } });
    const closing = await h.value('issues.closing', { id });
    expect(closing.effective?.copies).toBe(83);
    expect(closing.effective?.lines).toEqual(before.closing!.lines);

    const docx = await docxBody((await h.value('export.docx', { id })).base64);
    expect(docx).toContain('（共印83份）');
    expect(docx).not.toContain('（共印80份）');
    expect(docx).toContain('发：各部门窗口。');
    const { html } = await h.value('export.printHtml', { id, mode: 'print' });
    expect(htmlText(html)).toContain('（共印83份）');
  });

  it('gives a series without a 报尾 one of no lines with the sum', async () => {
    const h = harness();
    const created = await h.value('series.create', { settings: settings(), closing: null });
    expect(created.closing).toBeNull();
    const planned = await h.value('series.update', { id: created.id, settings: settings({ copyPlan: PLAN }) });
    expect(planned.closing).toEqual({ lines: [], copies: 80 });
    const made = await h.value('series.create', {
      settings: settings({ title: '另一份', copyPlan: { recipients: [{ name: '中心领导', copies: 7 }] } }),
      closing: null,
    });
    expect(made.closing).toEqual({ lines: [], copies: 7 });
  });

  it('makes series.updateClosing keep the sum while the plan is set, and accept a typed count without one', async () => {
    const h = harness();
    await h.value('series.update', { id: DEFAULT_SERIES_ID, settings: { ...WEEKLY, copyPlan: PLAN } });
    const lines = [{ label: '报' as const, text: '省政府办公厅。' }];
    const forced = await h.value('series.updateClosing', { id: DEFAULT_SERIES_ID, closing: { lines, copies: 5 } });
    expect(forced.closing).toEqual({ lines, copies: 80 });
    const cleared = await h.value('series.updateClosing', { id: DEFAULT_SERIES_ID, closing: null });
    expect(cleared.closing).toEqual({ lines: [], copies: 80 });

    // Back to a typed count: the stored sum stays until the clerk types another.
    const typed = await h.value('series.update', { id: DEFAULT_SERIES_ID, settings: WEEKLY });
    expect(typed.copyPlan).toBeNull();
    expect(typed.closing).toEqual({ lines: [], copies: 80 });
    const retyped = await h.value('series.updateClosing', { id: DEFAULT_SERIES_ID, closing: { lines, copies: 5 } });
    expect(retyped.closing).toEqual({ lines, copies: 5 });
  });

  it('refuses a plan with no recipients or zero copies, changing nothing', async () => {
    const h = harness();
    const before = dumpDatabase(h.db);
    const empty = await h.call('series.update', { id: DEFAULT_SERIES_ID, settings: { ...WEEKLY, copyPlan: { recipients: [] } } });
    expect(empty.ok === false && empty.error.message).toContain('至少要有一个发送对象');
    const zero = await h.call('series.update', {
      id: DEFAULT_SERIES_ID,
      settings: { ...WEEKLY, copyPlan: { recipients: [{ name: '中心领导', copies: 0 }] } },
    });
    expect(zero.ok === false && zero.error.message).toContain('每个发送对象至少1份');
    expect(dumpDatabase(h.db)).toBe(before);
  });
});
