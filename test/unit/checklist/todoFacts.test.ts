import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueTodo } from '../../../shared/checklist/issueTodo';
import { statistics } from '../../../shared/document/types';
import { draftOf } from '../../../shared/import/draft';
import { seedRoster } from '../../fixtures/roster';
import { SAMPLES_DIR } from '../import/files';
import { DEFAULT_SERIES_ID, harness } from '../services/helpers';

async function setup() {
  const h = harness();
  const roster = seedRoster(h.db);
  const issue = await h.value('issues.create', {
    seriesId: DEFAULT_SERIES_ID,
    meta: {
      year: 2024,
      number: 20,
      totalNumber: null,
      issueDate: '2024-07-04',
      periodStart: '2024-06-17',
      periodEnd: '2024-06-21',
      partTitle: null,
    },
  });
  return { h, roster, issue };
}

describe('issues.todoFacts and records.confirmNone', () => {
  it('answers the records of a new issue: nothing entered, nothing confirmed, figures （未填）, the series 报尾', async () => {
    const { h, issue } = await setup();
    const facts = await h.value('issues.todoFacts', { issueId: issue.id });
    expect(facts.attendance).toEqual({ count: 0, confirmedNone: false });
    expect(facts.visits).toEqual({ count: 0, confirmedNone: false });
    expect(facts.rendered.attendance.length).toBeGreaterThan(0);
    const groups = await h.value('statistics.groups', { seriesId: DEFAULT_SERIES_ID });
    expect(facts.statistics.map((s) => s.groupId)).toEqual(groups.map((g) => g.id));
    expect(facts.statistics[0]!.unfilled).toEqual(groups[0]!.metrics.map((m) => m.label));
    // Number 20 with no earlier issue of 2024: 今年以来 rests on missing issues.
    expect(facts.statistics[0]!.missingIssues).toEqual([expect.stringContaining('缺失或未填写')]);
    expect(facts.closing?.copies).toBeGreaterThan(0);
  });

  it('stores 本期无请假记录 and takes it back; a finalized issue refuses it', async () => {
    const { h, issue } = await setup();
    expect(await h.value('records.confirmNone', { issueId: issue.id, kind: 'attendance', confirmed: true })).toEqual({
      count: 0,
      confirmedNone: true,
    });
    const facts = await h.value('issues.todoFacts', { issueId: issue.id });
    expect(facts.attendance.confirmedNone).toBe(true);
    expect(facts.visits.confirmedNone).toBe(false);
    const blocks = [
      { type: 'generated' as const, kind: 'attendance' as const, lines: facts.rendered.attendance, children: [{ text: '' }] },
    ];
    expect(issueTodo({ blocks, facts }).filter((i) => i.target.kind === 'records')).toEqual([]);
    await h.value('records.confirmNone', { issueId: issue.id, kind: 'attendance', confirmed: false });
    expect((await h.value('issues.todoFacts', { issueId: issue.id })).attendance.confirmedNone).toBe(false);
    await h.value('issues.finalize', { id: issue.id });
    const refused = await h.call('records.confirmNone', { issueId: issue.id, kind: 'attendance', confirmed: true });
    expect(refused.ok ? '' : refused.error.code).toBe('ISSUE_FINAL');
  });

  it('counts saved visits', async () => {
    const { h, issue } = await setup();
    await h.value('attendance.saveVisits', {
      issueId: issue.id,
      visits: [{ personId: null, name: '尹奇志', title: '副厅长', department: '商务厅', date: '2024-06-18', kind: '调研值守' }],
    });
    const facts = await h.value('issues.todoFacts', { issueId: issue.id });
    expect(facts.visits).toEqual({ count: 1, confirmedNone: false });
    expect(facts.rendered.leaderVisits).toEqual(['本周，商务厅副厅长尹奇志到省政务服务大厅窗口调研值守。']);
  });

  it('a corrected 起点 makes a written statistics block a 待办 until 更新, and 更新 clears it', async () => {
    const h = harness();
    const [period] = await h.value('statistics.groups', { seriesId: DEFAULT_SERIES_ID });
    const point = (consult: number) => ({
      year: 2024,
      number: 19,
      totalNumber: 460,
      issueDate: '2024-06-14',
      periodEnd: '2024-06-14',
      balances: period!.metrics.map((m, i) => ({ metricId: m.id, total: i === 0 ? consult : 1000 })),
    });
    await h.value('start.save', { seriesId: DEFAULT_SERIES_ID, point: point(10_000) });
    const issue = await h.value('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: {
        year: 2024,
        number: 20,
        totalNumber: 461,
        issueDate: '2024-06-21',
        periodStart: '2024-06-17',
        periodEnd: '2024-06-21',
        partTitle: null,
      },
    });
    const figures = period!.metrics.map((m) => ({ metricId: m.id, value: 100, total: null }));
    const written = await h.value('statistics.save', { issueId: issue.id, groupId: period!.id, figures });
    expect(written.lines.join('')).toContain('累计咨询10100人次');
    const block = { ...statistics(period!.id), lines: written.lines, rows: written.rows };
    const staleIds = async () =>
      issueTodo({ blocks: [block], facts: await h.value('issues.todoFacts', { issueId: issue.id }) })
        .map((i) => i.id)
        .filter((id) => id.startsWith('statistics-stale'));
    expect(await staleIds()).toEqual([]);
    // The clerk finds the year stood at 12000, not 10000: the block still prints 10100 until 更新.
    await h.value('start.save', { seriesId: DEFAULT_SERIES_ID, point: point(12_000) });
    expect(await staleIds()).toEqual(['statistics-stale-0']);
    const now = await h.value('statistics.get', { issueId: issue.id, groupId: period!.id });
    expect(now.lines.join('')).toContain('累计咨询12100人次');
    block.lines = now.lines;
    block.rows = now.rows;
    expect(await staleIds()).toEqual([]);
  });

  it('raises no 数字已变化 on the samples as imported: their own wording of the figures they printed', async () => {
    // As the clerk starts: 2022年第28期 reads whole; the two 2024 samples lost their 期号 line, typed in.
    const h = harness();
    const samples = [
      ['weekly-2022-28.txt', {}],
      ['weekly-2024-03-29.txt', { number: 10, totalNumber: 462 }],
      ['weekly-2024-07-04.txt', { number: 23, totalNumber: 475 }],
    ] as const;
    for (const [file, typed] of samples) {
      const base64 = readFileSync(path.join(SAMPLES_DIR, file)).toString('base64');
      const preview = await h.value('import.preview', { fileName: file, base64 });
      await h.value('import.save', { draft: draftOf({ ...preview.issue, ...typed })! });
    }
    const issues = await h.value('issues.list', { seriesId: DEFAULT_SERIES_ID });
    expect(issues).toHaveLength(3);
    for (const { id } of issues) {
      const { document } = await h.value('issues.get', { id });
      // Each sample printed its figures in a statistics block, and imported it as one.
      expect(document.blocks.some((b) => b.type === 'statistics' && b.lines.length > 0)).toBe(true);
      const items = issueTodo({ blocks: document.blocks, facts: await h.value('issues.todoFacts', { issueId: id }) });
      expect(items.filter((i) => i.id.startsWith('statistics-'))).toEqual([]);
    }
  });
});
