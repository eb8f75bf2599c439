/**
 * Issue 10.2: imported figures are figures. The matcher reads the printed forms of the series' metric
 * groups (sentence and table, 本期数字 and 累计数字) and never invents one; through import.save the
 * figures are stored with the issue, so 今年以来 chains through imported weeks in any import order.
 */
import { describe, expect, it } from 'vitest';
import { draftOf } from '../../../electron/services/import';
import type { Db } from '../../../electron/services/db/connection';
import type { ImportDraft, ImportPreview } from '../../../shared/contract/importChannels';
import { paragraph, type BriefDocument } from '../../../shared/document/types';
import { table } from '../../../shared/document/table';
import { matchStatistics } from '../../../shared/import/statistics';
import { seededGroup } from '../../fixtures/metricGroups';
import { DEFAULT_SERIES_ID, harness } from '../services/helpers';
import { sampleBytes, toBase64 } from './files';

const PERIOD = seededGroup(0); // 咨询 人次, 受理 件, 颁发 件, 流转 件次
const PLATFORM = seededGroup(1); // 省本级行政许可事项 / 公共服务事项 / 其它九类行权事项 × 受理, 办结
const GROUPS = [PERIOD, PLATFORM];

const doc = (...blocks: BriefDocument['blocks']): BriefDocument => ({ schemaVersion: 2, blocks });

describe('matchStatistics', () => {
  it('reads a period sentence: values and the printed 今年以来 as typed totals', () => {
    const text =
      '本周，共计咨询2046人次、受理705件、颁发5233件、流转3529件次。今年以来，累计咨询14147人次、受理6249件、颁发42020件、流转82794次。';
    const match = matchStatistics(doc(paragraph(text)), GROUPS);
    expect(match.document.blocks).toEqual([
      { type: 'statistics', groupId: 1, form: 'sentence', lines: [text], rows: [], children: [{ text: '' }] },
    ]);
    expect(match.figures).toEqual([
      { groupId: 1, metricId: 1, value: 2046, total: 14147 },
      { groupId: 1, metricId: 2, value: 705, total: 6249 },
      { groupId: 1, metricId: 3, value: 5233, total: 42020 },
      { groupId: 1, metricId: 4, value: 3529, total: 82794 },
    ]);
    expect(match.warnings).toEqual([]);
  });

  it('keeps a title sentence before the figures as its own paragraph', () => {
    const match = matchStatistics(
      doc(paragraph('省本级综窗办件情况。本周，共计咨询2230人次、受理700件、颁发3949件、流转5461件次。')),
      GROUPS,
    );
    expect(match.document.blocks.map((b) => b.type)).toEqual(['paragraph', 'statistics']);
    expect(match.document.blocks[0]).toEqual(paragraph('省本级综窗办件情况。'));
  });

  it('names the figures a partial sentence does not give, and stores none for them', () => {
    const match = matchStatistics(
      doc(paragraph('本周，共计咨询2230人次、受理700件、颁发3949件。今年以来，累计咨询37596人次、受理14614件、颁发95394件。')),
      GROUPS,
    );
    expect(match.figures.map((f) => f.metricId)).toEqual([1, 2, 3]);
    expect(match.warnings).toEqual(['统计“省本级综窗办件情况”（第1段）：未能读出流转的数字，请在统计块中补填。']);
  });

  it('leaves a sentence with other text in it as text, with a warning: nothing invented', () => {
    const text = '本周，共计咨询2230人次、受理700件，同比增长12%。今年以来，累计咨询37596人次。';
    const match = matchStatistics(doc(paragraph(text)), GROUPS);
    expect(match.document.blocks).toEqual([paragraph(text)]);
    expect(match.figures).toEqual([]);
    expect(match.warnings[0]).toContain('与本系列的统计项对不上');
  });

  it('leaves ordinary paragraphs alone without warnings', () => {
    const match = matchStatistics(doc(paragraph('3月19日，省中心召开工作会议。')), GROUPS);
    expect(match).toMatchObject({ figures: [], warnings: [] });
  });

  it('reads a cumulative table by categories and column labels', () => {
    const rows = [
      ['事项类别', '受理（件）', '办结（件）'],
      ['省本级行政许可事项', '588929', '583751'],
      ['公共服务事项', '19317532', '7089617'],
      ['其它九类行权事项', '48374', '49103'],
    ];
    const match = matchStatistics(doc(table(rows)), GROUPS);
    expect(match.document.blocks[0]).toMatchObject({ type: 'statistics', groupId: 2, form: 'table', rows });
    expect(match.figures.map((f) => f.value)).toEqual([588929, 583751, 19317532, 7089617, 48374, 49103]);
    expect(match.warnings).toEqual([]);
  });

  it('reads a period table [项目, 本周, 今年以来]', () => {
    const rows = [
      ['项目', '本周', '今年以来'],
      ['咨询（人次）', '2046', '14147'],
      ['受理（件）', '705', '6249'],
      ['颁发（件）', '5233', '42020'],
      ['流转（件次）', '3529', '82794'],
    ];
    const match = matchStatistics(doc(table(rows)), GROUPS);
    expect(match.document.blocks[0]).toMatchObject({ type: 'statistics', groupId: 1, form: 'table' });
    expect(match.figures[3]).toEqual({ groupId: 1, metricId: 4, value: 3529, total: 82794 });
  });

  it('keeps a table of figures that fits no group as a table, with a warning', () => {
    const rows = [
      ['窗口', '办件量'],
      ['民政厅', '35'],
      ['商务厅', '12'],
    ];
    const match = matchStatistics(doc(table(rows)), GROUPS);
    expect(match.document.blocks[0]).toEqual(table(rows));
    expect(match.warnings[0]).toContain('第1块的表格像是统计数字');
  });
});

/** A hand-made weekly of 2024 as a clerk's .txt would have it. */
function handMadeIssue(number: number, total: number, date: string, period: string, statistics: string): Uint8Array {
  return new TextEncoder().encode(
    [
      '窗口工作周报',
      `2024年第${number}期（总第${total}期）`,
      `四川省政府政务服务和公共资源交易服务中心 ${date}`,
      period,
      '一、综窗改革攻坚行动',
      statistics,
      '二、考勤情况',
      '本周无请假3天以上人员。',
      '报：省政府办公厅。',
      '（共印80份）',
    ].join('\n'),
  );
}

function dump(db: Db): string {
  return JSON.stringify(['series', 'issues', 'issue_figures'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
}

describe('imported figures chain into 今年以来', () => {
  it('the three samples and hand-made issues in mixed order: the next issue’s 今年以来 is the hand-computed one', async () => {
    const h = harness();
    const preview = (fileName: string, bytes: Uint8Array) => h.value('import.preview', { fileName, base64: toBase64(bytes) });
    const save = async (p: ImportPreview, number?: number, total?: number) => {
      const draft: ImportDraft = draftOf(p.issue) ?? {
        seriesTitle: p.issue.seriesTitle,
        issuer: p.issue.issuer,
        meta: {
          year: 2024,
          supplement: false,
          number: number!,
          totalNumber: total!,
          issueDate: p.issue.issueDate!,
          periodStart: p.issue.period?.[0] ?? null,
          periodEnd: p.issue.period?.[1] ?? null,
          partTitle: null,
        },
        document: p.issue.document,
        closing: p.issue.closing,
        figures: p.issue.figures,
      };
      if (number !== undefined) draft.meta = { ...draft.meta, number, totalNumber: total ?? null };
      return h.value('import.save', { draft });
    };
    // Issue 23 first: only this week's figures (its 今年以来 is computed from issue 22, imported later).
    const n23 = await preview(
      '23.txt',
      handMadeIssue(23, 476, '2024年7月11日', '（6月24日—6月28日）', '本周，共计咨询1000人次、受理500件、颁发3000件、流转4000件次。'),
    );
    expect(n23.issue.figures).toHaveLength(4);
    await save(n23);
    await save(await preview('weekly-2024-03-29.txt', sampleBytes('weekly-2024-03-29.txt')), 10, 463);
    await save(await preview('weekly-2022-28.txt', sampleBytes('weekly-2022-28.txt')));
    const n22 = await preview('weekly-2024-07-04.txt', sampleBytes('weekly-2024-07-04.txt'));
    expect(n22.issue.figures.filter((f) => f.groupId === 1).map((f) => [f.value, f.total])).toEqual([
      [2230, 37596],
      [700, 14614],
      [3949, 95394],
      [5461, 179094],
    ]);
    await save(n22, 22, 475);

    const next = await h.value('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: {
        year: 2024,
        supplement: false,
        number: 24,
        totalNumber: 477,
        issueDate: '2024-07-18',
        periodStart: '2024-07-01',
        periodEnd: '2024-07-05',
        partTitle: null,
      },
      body: 'blank',
    });
    const view = await h.value('statistics.save', {
      issueId: next.id,
      groupId: 1,
      figures: [1, 2, 3, 4].map((metricId, i) => ({ metricId, value: (i + 1) * 100, total: null })),
    });
    // 今年以来 = this week + issue 23's week + issue 22's printed total.
    expect(view.figures.map((f) => f.total)).toEqual([100 + 1000 + 37596, 200 + 500 + 14614, 300 + 3000 + 95394, 400 + 4000 + 179094]);
    expect(view.lines[0]).toBe(
      '本周，共计咨询100人次、受理200件、颁发300件、流转400件次。今年以来，累计咨询38696人次、受理15314件、颁发98694件、流转183494件次。',
    );
  });

  it('a refused save (the number exists) leaves series, issues and figures unchanged', async () => {
    const h = harness();
    const p = await h.value('import.preview', {
      fileName: 'a.txt',
      base64: toBase64(
        handMadeIssue(23, 476, '2024年7月11日', '（6月24日—6月28日）', '本周，共计咨询1000人次、受理500件、颁发3000件、流转4000件次。'),
      ),
    });
    await h.value('import.save', { draft: draftOf(p.issue)! });
    const before = dump(h.db);
    const again = await h.call('import.save', { draft: draftOf(p.issue)! });
    expect(again).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ISSUE_NUMBER' } });
    expect(dump(h.db)).toBe(before);
  });

  it('a statistics block of a group the chosen series lacks is saved as its printed text, without figures', async () => {
    const h = harness();
    const p = await h.value('import.preview', {
      fileName: 'a.txt',
      base64: toBase64(
        handMadeIssue(23, 476, '2024年7月11日', '（6月24日—6月28日）', '本周，共计咨询1000人次、受理500件、颁发3000件、流转4000件次。'),
      ),
    });
    // A series without metric groups (as an imported or newly made series starts).
    const otherId = Number(
      h.db
        .prepare(
          `INSERT INTO series (title, issuer, period_kind, has_total, part_title, created_at) VALUES ('政务窗口月报', '', 'month', 0, NULL, '2024-01-01T00:00:00Z')`,
        )
        .run().lastInsertRowid,
    );
    const saved = await h.value('import.save', { draft: draftOf(p.issue)!, seriesId: otherId });
    const issue = await h.value('issues.get', { id: saved.issueId });
    expect(issue.document.blocks.some((b) => b.type === 'statistics')).toBe(false);
    expect(JSON.stringify(issue.document)).toContain('本周，共计咨询1000人次');
    expect(h.db.prepare('SELECT count(*) AS n FROM issue_figures').get()).toEqual({ n: 0 });
  });
});

describe('a folder mixing series', () => {
  it('keeps each issue in its own series, and a monthly’s series is made monthly', async () => {
    const h = harness();
    const monthly = new TextEncoder().encode(
      [
        '政务窗口月报',
        '第2期',
        '四川省政府政务服务和公共资源交易服务中心 2025年3月10日',
        '一、2025年2月全省政务服务总体情况',
        '运行平稳。',
        '报：省政府办公厅。',
      ].join('\n'),
    );
    const weekly = handMadeIssue(
      23,
      476,
      '2024年7月11日',
      '（6月24日—6月28日）',
      '本周，共计咨询1000人次、受理500件、颁发3000件、流转4000件次。',
    );
    const ids: number[] = [];
    for (const [name, bytes] of [
      ['月报.txt', monthly],
      ['周报.txt', weekly],
    ] as const) {
      const p = await h.value('import.preview', { fileName: name, base64: toBase64(bytes) });
      ids.push((await h.value('import.save', { draft: draftOf(p.issue)! })).seriesId);
    }
    expect(ids[1]).toBe(DEFAULT_SERIES_ID);
    expect(ids[0]).not.toBe(DEFAULT_SERIES_ID);
    const series = await h.value('series.get', { id: ids[0]! });
    expect(series).toMatchObject({ title: '政务窗口月报', periodKind: 'month' });
    const issues = h.db.prepare('SELECT series_id, period_start, period_end FROM issues ORDER BY id').all();
    expect(issues).toEqual([
      { series_id: ids[0], period_start: '2025-02-01', period_end: '2025-02-28' },
      { series_id: DEFAULT_SERIES_ID, period_start: '2024-06-24', period_end: '2024-06-28' },
    ]);
  });

  it('a file that is not a briefing imports as text with warnings, never with invented figures', async () => {
    const h = harness();
    const p = await h.value('import.preview', {
      fileName: '会议纪要.txt',
      base64: toBase64(new TextEncoder().encode('关于召开季度工作会议的通知\n各位同事：今年以来，累计完成培训12场次。\n请准时参加。')),
    });
    expect(p.issue.figures).toEqual([]);
    expect(p.issue.document.blocks.every((b) => b.type === 'paragraph')).toBe(true);
    expect(p.issue.warnings.join('')).toContain('未找到期号行');
    expect(p.issue.warnings.join('')).toContain('像是统计数字');
  });
});
