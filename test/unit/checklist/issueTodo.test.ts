import { describe, expect, it } from 'vitest';
import { closingAsPrinted, issueTodo } from '../../../shared/checklist/issueTodo';
import type { TodoFacts } from '../../../shared/checklist/types';
import { generated, numbered, paragraph, statistics, type BlockElement } from '../../../shared/document/types';
import type { TemplateSection } from '../../../shared/templates/types';

const ATTENDANCE = ['本周无请假3天以上人员。'];
const VISITS = ['本周，商务厅副厅长尹奇志到省政务服务大厅窗口调研值守。'];

const template: TemplateSection[] = [
  { level: 1, title: '政务工作动态', defaultText: '（本周工作动态）', keepText: false, block: null },
  { level: 1, title: '大厅巡查情况', defaultText: '总体情况良好。', keepText: true, block: null },
  { level: 1, title: '厅（局）长进大厅', defaultText: '', keepText: false, block: { kind: 'leaderVisits' } },
  { level: 1, title: '考勤情况', defaultText: '', keepText: false, block: { kind: 'attendance' } },
];

/** A weekly with everything done: news written, figures typed, records entered, 报尾 with copies. */
function doneBlocks(): BlockElement[] {
  const stats = { ...statistics(5), lines: ['本周，共计咨询2046人次。今年以来，累计咨询14147人次。'] };
  return [
    numbered(1, '政务工作动态'),
    stats,
    paragraph('11月19日，省中心召开窗口工作推进会。'),
    numbered(1, '大厅巡查情况'),
    paragraph('总体情况良好。'),
    numbered(1, '厅（局）长进大厅'),
    generated('leaderVisits', VISITS),
    numbered(1, '考勤情况'),
    generated('attendance', ATTENDANCE),
  ];
}

function doneFacts(): TodoFacts {
  return {
    issueId: 1,
    template,
    statistics: [
      {
        groupId: 5,
        groupName: '省本级综窗办件情况',
        unfilled: [],
        missingIssues: [],
        printed: { lines: ['本周，共计咨询2046人次。今年以来，累计咨询14147人次。'], rows: [['指标', '本周', '今年以来']] },
      },
    ],
    attendance: { count: 0, confirmedNone: true },
    visits: { count: 1, confirmedNone: false },
    rendered: { attendance: ATTENDANCE, leaderVisits: VISITS },
    closing: { lines: [{ label: '报', text: '省政府办公厅' }], copies: 80 },
  };
}

const ids = (blocks: BlockElement[], facts: TodoFacts, extra: { proofFindings?: number; previewSeen?: boolean } = {}) =>
  issueTodo({ blocks, facts, ...extra }).map((i) => i.id);

describe('本期待办', () => {
  it('is empty when everything is done', () => {
    expect(issueTodo({ blocks: doneBlocks(), facts: doneFacts(), proofFindings: 0, previewSeen: true })).toEqual([]);
  });

  it('names a statistics block that still prints old numbers (the 起点 or an earlier issue changed), until 更新', () => {
    const facts = doneFacts();
    facts.statistics[0]!.printed.lines = ['本周，共计咨询2046人次。今年以来，累计咨询15000人次。'];
    const items = issueTodo({ blocks: doneBlocks(), facts, proofFindings: 0, previewSeen: true });
    expect(items).toEqual([
      {
        id: 'statistics-stale-1',
        text: '统计“省本级综窗办件情况”：数字已变化，印出的仍是旧数字，请点“更新”',
        target: { kind: 'block', index: 1 },
        soft: false,
      },
    ]);
    // Only what prints counts: the sentence form does not print its rows, the table form not its lines.
    const tableForm = doneBlocks().map((b) =>
      b.type === 'statistics' ? { ...b, form: 'table' as const, rows: [['指标', '本周', '今年以来']] } : b,
    );
    expect(ids(tableForm, facts, { proofFindings: 0, previewSeen: true })).toEqual([]);
    // A block not written yet fills itself when the issue is opened: nothing to say.
    const empty = doneBlocks().map((b) => (b.type === 'statistics' ? { ...b, lines: [] } : b));
    expect(ids(empty, facts, { proofFindings: 0, previewSeen: true })).not.toContain('statistics-stale-1');
  });

  it('says nothing of a block that prints the same figures in other words (a past issue as imported)', () => {
    const facts = doneFacts();
    const imported = doneBlocks().map((b) =>
      b.type === 'statistics' ? { ...b, lines: ['本周共计咨询2046次；今年以来累计咨询14147次。'] } : b,
    );
    expect(ids(imported, facts, { proofFindings: 0, previewSeen: true })).toEqual([]);
    // Full-width digits, as a WPS file may print them, are the same figures.
    const wide = doneBlocks().map((b) =>
      b.type === 'statistics' ? { ...b, lines: ['本周共计咨询２０４６次；今年以来累计咨询１４１４７次。'] } : b,
    );
    expect(ids(wide, facts, { proofFindings: 0, previewSeen: true })).toEqual([]);
    // A figure moved from one place to another is a change, even with the same digits.
    facts.statistics[0]!.printed.lines = ['本周，共计咨询（未填）。今年以来，累计咨询2046人次。'];
    const moved = doneBlocks().map((b) =>
      b.type === 'statistics' ? { ...b, lines: ['本周，共计咨询2046人次。今年以来，累计咨询（未填）。'] } : b,
    );
    expect(ids(moved, facts, { proofFindings: 0, previewSeen: true })).toEqual(['statistics-stale-1']);
  });

  it('names statistics left （未填）, linked to the block', () => {
    const facts = doneFacts();
    facts.statistics[0]!.unfilled = ['咨询', '受理'];
    const [item] = issueTodo({ blocks: doneBlocks(), facts });
    expect(item).toMatchObject({
      text: '统计“省本级综窗办件情况”：咨询、受理未填写，将印为“（未填）”',
      target: { kind: 'block', index: 1 },
      soft: false,
    });
  });

  it('names 今年以来 resting on missing issues', () => {
    const facts = doneFacts();
    facts.statistics[0]!.missingIssues = ['2024年第3—5期缺失或未填写省本级综窗办件情况数字，今年以来累计未包含这几期。'];
    expect(issueTodo({ blocks: doneBlocks(), facts })[0]!.text).toBe(
      '统计：2024年第3—5期缺失或未填写省本级综窗办件情况数字，今年以来累计未包含这几期。',
    );
  });

  it('asks for attendance not entered nor confirmed, and visits likewise; a confirmation or a row settles it', () => {
    const facts = doneFacts();
    facts.attendance = { count: 0, confirmedNone: false };
    facts.visits = { count: 0, confirmedNone: false };
    const items = issueTodo({ blocks: doneBlocks(), facts });
    expect(items.map((i) => i.target)).toEqual([
      { kind: 'records', records: 'attendance' },
      { kind: 'records', records: 'leaderVisits' },
    ]);
    facts.attendance = { count: 3, confirmedNone: false };
    facts.visits = { count: 0, confirmedNone: true };
    expect(ids(doneBlocks(), facts)).toEqual([]);
    // Without a generated section in the body, the records are not asked for.
    facts.attendance = { count: 0, confirmedNone: false };
    expect(ids(doneBlocks().slice(0, 7), facts)).toEqual([]);
  });

  it('names a generated section whose records changed since it was written', () => {
    const facts = doneFacts();
    facts.rendered.attendance = ['本周累计请假3天以上的有：', '事假：民政厅游文慧。'];
    expect(issueTodo({ blocks: doneBlocks(), facts })).toEqual([
      { id: 'generated-changed-8', text: '考勤：记录已变化，自动段落尚未更新', target: { kind: 'block', index: 8 }, soft: false },
    ]);
  });

  it('counts open 校对 findings when given', () => {
    expect(ids(doneBlocks(), doneFacts(), { proofFindings: 2 })).toEqual(['proofread']);
    expect(issueTodo({ blocks: doneBlocks(), facts: doneFacts(), proofFindings: 2 })[0]!.text).toBe('校对：还有2处问题未处理');
  });

  it('names a template section left empty, and one still holding its default text where it is to be written', () => {
    const blocks = doneBlocks();
    blocks.splice(1, 2, paragraph('（本周工作动态）'));
    const items = issueTodo({ blocks, facts: doneFacts() });
    expect(items.map((i) => [i.text, i.target])).toEqual([['“政务工作动态”仍是模板的默认文字，尚未改写', { kind: 'block', index: 0 }]]);
    // 大厅巡查情况 keeps its text (沿用): its default is right as it is. Emptied, it is named.
    blocks.splice(1, 1, paragraph(''));
    blocks.splice(3, 1);
    expect(issueTodo({ blocks, facts: doneFacts() }).map((i) => i.text)).toEqual(['“政务工作动态”还没有内容', '“大厅巡查情况”还没有内容']);
  });

  it('names a missing 报尾 or 印数 and shows the 报尾 as it prints', () => {
    const facts = doneFacts();
    facts.closing = { lines: [{ label: '报', text: '省政府办公厅' }], copies: null };
    expect(issueTodo({ blocks: doneBlocks(), facts })).toEqual([
      { id: 'closing-copies', text: '印数：未填写，报尾将不印“（共印N份）”', target: { kind: 'closing' }, soft: false },
    ]);
    facts.closing = null;
    expect(ids(doneBlocks(), facts)).toEqual(['closing-none']);
    expect(closingAsPrinted(doneFacts().closing)).toEqual(['报：省政府办公厅', '（共印80份）']);
  });

  it('reminds softly of a preview not looked at since the last change', () => {
    const items = issueTodo({ blocks: doneBlocks(), facts: doneFacts(), previewSeen: false });
    expect(items).toEqual([{ id: 'preview', text: '预览：最近一次修改后还没有看过分页预览', target: { kind: 'preview' }, soft: true }]);
  });

  it('keeps the order of the body for items inside it', () => {
    const facts = doneFacts();
    facts.rendered.leaderVisits = ['本周无厅（局）长进大厅。'];
    facts.statistics[0]!.unfilled = ['咨询'];
    expect(ids(doneBlocks(), facts, { proofFindings: 1, previewSeen: false })).toEqual([
      'statistics-unfilled-1',
      'generated-changed-6',
      'proofread',
      'preview',
    ]);
  });
});
