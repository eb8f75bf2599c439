/**
 * import.preview and import.save through dispatch on a real database: nothing is stored by a preview
 * or by a refused save; a save stores the issue, its body and its own 报尾 in one go; an existing
 * number is replaced only when asked, and the old issue goes to the recycle bin.
 */
import { describe, expect, it } from 'vitest';
import { draftOf } from '../../../electron/services/import';
import type { ImportDraft } from '../../../shared/contract/importChannels';
import type { BlockElement } from '../../../shared/document/types';
import { weekly2022n28, weekly2024n10 } from '../../fixtures/issues';
import type { Db } from '../../../electron/services/db/connection';
import { DEFAULT_SERIES_ID, harness } from '../services/helpers';
import { fixtureDocx, sampleBytes, toBase64 } from './files';

/** Every row of the tables an import writes (series, issues), to prove a refusal or failure left no trace. */
function dumpDatabase(db: Db): string {
  return JSON.stringify([db.prepare('SELECT * FROM series ORDER BY id').all(), db.prepare('SELECT * FROM issues ORDER BY id').all()]);
}

/** Statistics blocks as the paragraphs they were read from: the text is kept exactly as printed. */
function asPrintedText(blocks: readonly BlockElement[]): BlockElement[] {
  return blocks.map((b) =>
    b.type === 'statistics' && b.form === 'sentence' ? { type: 'paragraph', children: [{ text: b.lines.join('') }] } : b,
  );
}

async function previewSample(h: ReturnType<typeof harness>, source: string) {
  return h.value('import.preview', { fileName: source, base64: toBase64(sampleBytes(source)) });
}

function draftFrom(preview: Awaited<ReturnType<typeof previewSample>>): ImportDraft {
  const draft = draftOf(preview.issue);
  if (!draft) throw new Error('the sample should give a complete draft');
  return draft;
}

describe('import.preview', () => {
  it('answers the detected structure and stores nothing', async () => {
    const h = harness();
    const before = dumpDatabase(h.db);
    const preview = await previewSample(h, 'weekly-2022-28.txt');
    expect(preview.issue.number).toBe(28);
    expect(preview.seriesId).toBe(DEFAULT_SERIES_ID);
    expect(preview.existingIssueId).toBeNull();
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('answers a clear error for a bad file', async () => {
    const h = harness();
    const result = await h.call('import.preview', { fileName: '坏.docx', base64: toBase64(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9])) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('“坏.docx”');
  });

  it('reads a DOCX', async () => {
    const h = harness();
    const preview = await h.value('import.preview', { fileName: 'x.docx', base64: toBase64(await fixtureDocx(weekly2022n28)) });
    expect(asPrintedText(preview.issue.document.blocks)).toEqual(weekly2022n28.document.blocks);
    // The platform sentence matched the seeded cumulative group: a statistics block with its figures.
    expect(preview.issue.document.blocks.filter((b) => b.type === 'statistics')).toHaveLength(1);
    expect(preview.issue.figures).toHaveLength(6);
  });
});

describe('import.save', () => {
  it('stores the issue with its meta and body; its 报尾 is the series default (set by migration 002), so no override', async () => {
    const h = harness();
    const preview = await previewSample(h, 'weekly-2022-28.txt');
    const saved = await h.value('import.save', { draft: draftFrom(preview) });
    expect(saved).toMatchObject({ seriesId: DEFAULT_SERIES_ID, seriesCreated: false, replacedIssueId: null, closingOverridden: false });
    const issue = await h.value('issues.get', { id: saved.issueId });
    expect(issue).toMatchObject({
      year: 2022,
      number: 28,
      totalNumber: 403,
      issueDate: '2022-09-27',
      periodStart: '2022-08-22',
      periodEnd: '2022-08-26',
      partTitle: '政务服务工作',
    });
    expect(asPrintedText(issue.document.blocks)).toEqual(weekly2022n28.document.blocks);
    // Its figures were stored with it: the statistics block prints the same sentence from them.
    const view = await h.value('statistics.get', { issueId: saved.issueId, groupId: 2 });
    expect(view.figures.map((f) => f.value)).toEqual([588929, 583751, 19317532, 7089617, 48374, 49103]);
    // Regenerated in the group's own form (the file joined its last category with ，and wrote 累计办结).
    expect(view.lines).toEqual([
      '据四川一体化政务服务平台数据统计，2022年1月1日至2022年8月26日，省本级行政许可事项受理588929件，办结583751件；公共服务事项受理19317532件，办结7089617件；其它九类行权事项受理48374件，办结49103件。',
    ]);
    expect(await h.value('issues.closing', { id: saved.issueId })).toMatchObject({ override: null, effective: weekly2022n28.closing });
  });

  it('stores a 报尾 that differs from the series default as the issue’s own; a number the clerk filled in', async () => {
    const h = harness();
    const preview = await previewSample(h, 'weekly-2024-03-29.txt');
    expect(draftOf(preview.issue)).toBeNull(); // no 期号 line: the clerk must give the number
    const detected = preview.issue;
    const draft: ImportDraft = {
      seriesTitle: detected.seriesTitle,
      issuer: detected.issuer,
      meta: {
        year: 2024,
        supplement: false,
        number: 10,
        totalNumber: 463,
        issueDate: detected.issueDate!,
        periodStart: detected.period![0],
        periodEnd: detected.period![1],
        partTitle: null,
      },
      document: detected.document,
      closing: detected.closing,
    };
    const saved = await h.value('import.save', { draft });
    expect(saved.closingOverridden).toBe(true);
    expect((await h.value('issues.closing', { id: saved.issueId })).override).toEqual(weekly2024n10.closing);
    expect(asPrintedText((await h.value('issues.get', { id: saved.issueId })).document.blocks)).toEqual(weekly2024n10.document.blocks);
  });

  it('refuses an existing number unless asked, then moves the old issue to the recycle bin', async () => {
    const h = harness();
    const first = await h.value('import.save', { draft: draftFrom(await previewSample(h, 'weekly-2022-28.txt')) });
    const preview = await previewSample(h, 'weekly-2022-28.txt');
    expect(preview.existingIssueId).toBe(first.issueId);
    const before = dumpDatabase(h.db);
    const refused = await h.call('import.save', { draft: draftFrom(preview) });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('DUPLICATE_ISSUE_NUMBER');
      expect(refused.error.message).toContain('2022年第28期已存在');
    }
    expect(dumpDatabase(h.db)).toBe(before);
    const replaced = await h.value('import.save', { draft: draftFrom(preview), replaceExisting: true });
    expect(replaced.replacedIssueId).toBe(first.issueId);
    const deleted = await h.value('issues.listDeleted', {});
    expect(deleted.map((i) => i.id)).toEqual([first.issueId]);
  });

  it('creates an unknown series from the masthead, with the 报尾 as its default', async () => {
    const h = harness();
    const text = [
      '政务窗口月报',
      '第2期',
      '四川省政府政务服务和公共资源交易服务中心',
      '2025年3月5日',
      '（2025年2月）',
      '一、2025年2月总体运行情况',
      '平稳。',
      '报：中心领导。',
      '（共印20份）',
    ].join('\n');
    const preview = await h.value('import.preview', { fileName: 'm.txt', base64: toBase64(new TextEncoder().encode(text)) });
    expect(preview.seriesId).toBeNull();
    const saved = await h.value('import.save', { draft: draftFrom(preview) });
    expect(saved.seriesCreated).toBe(true);
    expect(saved.closingOverridden).toBe(false);
    const series = await h.value('series.get', { id: saved.seriesId });
    expect(series).toMatchObject({
      title: '政务窗口月报',
      periodKind: 'month',
      hasTotal: false,
      closing: { lines: [{ label: '报', text: '中心领导。' }], copies: 20 },
    });
  });

  it('rolls back everything when a late step fails: the series it created does not stay behind', async () => {
    const h = harness();
    const draft = draftFrom(await previewSample(h, 'weekly-2022-28.txt'));
    // The issue insert fails after the new series was inserted in the same transaction.
    h.db.exec(`CREATE TRIGGER refuse_issue BEFORE INSERT ON issues BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const before = dumpDatabase(h.db);
    const result = await h.call('import.save', { draft: { ...draft, seriesTitle: '新系列' } });
    expect(result.ok).toBe(false);
    expect(dumpDatabase(h.db)).toBe(before);
    expect((await h.value('series.list', {})).map((s) => s.title)).not.toContain('新系列');
  });
});
