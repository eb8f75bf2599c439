import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTENDANCE_SETTINGS, DEFAULT_LEAVE_TYPES } from '../../../shared/attendance/types';
import { seedRoster } from '../../fixtures/roster';
import { DEFAULT_SERIES_ID, dumpDatabase, harness } from '../services/helpers';
import { SAMPLE_2024_03_29_VISITS, SAMPLE_2024_07_04_ATTENDANCE } from './sampleRows';

const WEEK = { start: '2024-06-17', end: '2024-06-21' };

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
      periodStart: WEEK.start,
      periodEnd: WEEK.end,
      partTitle: null,
    },
  });
  const types = await h.value('attendance.listLeaveTypes', {});
  const type = (name: string) => types.find((t) => t.name === name)!.id;
  return { h, roster, issue, type };
}

/** [department, name, type, start, end] behind 2024-07-04 §六, entered in the printed order. */
const SAMPLE: [string, string, string, string, string][] = [
  ['省市场监管局', '罗莉', '年休假', '2024-06-17', '2024-06-19'],
  ['农业农村厅', '罗海信', '年休假', '2024-06-17', '2024-06-21'],
  ['水利厅', '潘艳艳', '请病假', '2024-06-13', '2024-06-20'],
  ['农业农村厅', '王毓', '请病假', '2024-06-17', '2024-06-18'],
  ['民政厅', '游文慧', '因公外出', '2024-06-19', '2024-06-21'],
  ['自然资源厅', '黎熹', '因公外出', '2024-06-17', '2024-06-21'],
  ['生态环境厅', '张剑平', '因公外出', '2024-06-17', '2024-06-19'],
  ['生态环境厅', '杨康年', '因公外出', '2024-06-17', '2024-06-19'],
  ['农业农村厅', '王毓', '因公外出', '2024-06-19', '2024-06-21'],
  ['省卫生健康委', '付世杰', '因公外出', '2024-06-18', '2024-06-21'],
  ['省卫生健康委', '邱艳婷', '因公外出', '2024-06-18', '2024-06-21'],
  ['省卫生健康委', '徐江林', '因公外出', '2024-06-18', '2024-06-21'],
  ['应急管理厅', '罗兴炳', '因公外出', '2024-06-19', '2024-06-23'],
  ['省市场监管局', '魏素华', '因公外出', '2024-06-17', '2024-06-21'],
  ['省林草局', '张皓东', '因公外出', '2024-06-17', '2024-06-19'],
  ['省林草局', '钟诚懿', '因公外出', '2024-06-17', '2024-06-19'],
  ['省林草局', '刘瑁', '因公外出', '2024-06-17', '2024-06-19'],
  ['省药监局', '蒲素', '因公外出', '2024-06-17', '2024-06-21'],
  ['省药监局', '黄顺英', '因公外出', '2024-06-17', '2024-06-21'],
  // Under the threshold: not printed.
  ['民政厅', '杨伟', '事假', '2024-06-20', '2024-06-21'],
];

describe('attendance channels', () => {
  it('seeds the nine leave types in order and the default settings', async () => {
    const { h } = await setup();
    expect((await h.value('attendance.listLeaveTypes', {})).map((t) => t.name)).toEqual([...DEFAULT_LEAVE_TYPES]);
    expect(await h.value('attendance.getSettings', {})).toEqual(DEFAULT_ATTENDANCE_SETTINGS);
  });

  it('stores the sample week and renders 2024-07-04 §六 exactly (entry order), counting days in the period', async () => {
    const { h, roster, issue, type } = await setup();
    const entries = SAMPLE.map(([d, n, t, start, end]) => ({
      personId: roster.person(d, n).id,
      leaveTypeId: type(t),
      start,
      end,
      note: '',
    }));
    const views = await h.value('attendance.saveEntries', { issueId: issue.id, entries });
    // 潘艳艳 from the Thursday before: only Mon–Thu of this week count; 罗兴炳 Wed–Sun: 3.
    expect(views.find((v) => v.personName === '潘艳艳')!.days).toBe(4);
    expect(views.find((v) => v.personName === '罗兴炳')!.days).toBe(3);
    await h.value('attendance.saveSettings', { settings: { ...DEFAULT_ATTENDANCE_SETTINGS, order: 'entry' } });
    expect(await h.value('generated.render', { issueId: issue.id, kind: 'attendance' })).toEqual(SAMPLE_2024_07_04_ATTENDANCE);
  });

  it('a holiday in the week takes a day off the count and can drop a person under the threshold', async () => {
    const { h, roster, issue, type } = await setup();
    const entry = {
      personId: roster.person('民政厅', '游文慧').id,
      leaveTypeId: type('事假'),
      start: '2024-06-19',
      end: '2024-06-21',
      note: '',
    };
    await h.value('attendance.saveEntries', { issueId: issue.id, entries: [entry] });
    expect(await h.value('generated.render', { issueId: issue.id, kind: 'attendance' })).toEqual([
      '本周累计请假3天以上的有：',
      '事假：民政厅游文慧。',
    ]);
    await h.value('attendance.saveCalendar', { year: 2024, days: [{ date: '2024-06-20', kind: 'holiday', note: '测试' }] });
    expect((await h.value('attendance.listEntries', { issueId: issue.id }))[0]!.days).toBe(2);
    expect(await h.value('generated.render', { issueId: issue.id, kind: 'attendance' })).toEqual(['本周无请假3天以上人员。']);
  });

  it('refuses a list with bad rows as a whole, naming every row, and stores nothing', async () => {
    const { h, roster, issue, type } = await setup();
    const p = roster.person('民政厅', '游文慧').id;
    const good = { personId: p, leaveTypeId: type('事假'), start: '2024-06-17', end: '2024-06-18', note: '' };
    await h.value('attendance.saveEntries', { issueId: issue.id, entries: [good] });
    const before = dumpDatabase(h.db);
    const result = await h.call('attendance.saveEntries', {
      issueId: issue.id,
      entries: [
        good,
        { ...good, start: '2024-06-18', end: '2024-06-19' },
        { ...good, personId: 99999 },
        { ...good, start: '2024-06-21', end: '2024-06-20' },
        { ...good, start: '2024-05-06', end: '2024-05-07', leaveTypeId: type('年休假') },
      ],
    });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.error.message;
    expect(message).toContain('第2行：游文慧的事假与第1行日期重叠');
    expect(message).toContain('第3行：名册中没有“编号 99999 的人员”');
    expect(message).toContain('第4行：结束日期 2024-06-20 早于开始日期 2024-06-21');
    expect(message).toContain('第5行：2024-05-06—2024-05-07 不在本期时段');
    expect(dumpDatabase(h.db)).toEqual(before);
  });

  it('renders the weekly 厅（局）长进大厅 of 2024-03-29 from visits', async () => {
    const { h, roster, issue } = await setup();
    const v = (d: string, n: string, date: string) => {
      const person = roster.person(d, n);
      return { personId: person.id, name: person.name, title: person.title, department: d, date, kind: '调研值守' };
    };
    await h.value('attendance.saveVisits', {
      issueId: issue.id,
      visits: [
        v('商务厅', '梁勇', '2024-06-17'),
        v('水利厅', '都勤', '2024-06-18'),
        v('民政厅', '杨伟', '2024-06-19'),
        v('公安厅', '徐贵强', '2024-06-20'),
      ],
    });
    expect(await h.value('generated.render', { issueId: issue.id, kind: 'leaderVisits' })).toEqual([SAMPLE_2024_03_29_VISITS]);
  });

  it('keeps a leave type that entries use, and reorders and renames the others', async () => {
    const { h, roster, issue, type } = await setup();
    await h.value('attendance.saveEntries', {
      issueId: issue.id,
      entries: [
        { personId: roster.person('民政厅', '游文慧').id, leaveTypeId: type('事假'), start: '2024-06-17', end: '2024-06-17', note: '' },
      ],
    });
    const types = await h.value('attendance.listLeaveTypes', {});
    const without = types.filter((t) => t.name !== '事假').map((t) => ({ id: t.id, name: t.name }));
    const refused = await h.call('attendance.saveLeaveTypes', { types: without });
    expect(refused.ok ? '' : refused.error.message).toContain('“事假”已有考勤记录使用');
    const swapped: { id: number | null; name: string }[] = [types[1]!, types[0]!, ...types.slice(2)].map((t) => ({
      id: t.id,
      name: t.name,
    }));
    swapped.push({ id: null, name: '公休' });
    const saved = await h.value('attendance.saveLeaveTypes', { types: swapped });
    expect(saved.map((t) => t.name)).toEqual(['请病假', '年休假', ...DEFAULT_LEAVE_TYPES.slice(2), '公休']);
  });

  it('purging an issue removes its entries and visits', async () => {
    const { h, roster, issue, type } = await setup();
    await h.value('attendance.saveEntries', {
      issueId: issue.id,
      entries: [
        { personId: roster.person('民政厅', '游文慧').id, leaveTypeId: type('事假'), start: '2024-06-17', end: '2024-06-17', note: '' },
      ],
    });
    await h.value('issues.delete', { id: issue.id });
    await h.value('issues.purge', { id: issue.id });
    expect(h.db.prepare('SELECT count(*) AS n FROM attendance_entries').get()).toEqual({ n: 0 });
  });
});
