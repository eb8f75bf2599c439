/** The statistics channels through dispatch, on a migrated database with the two seeded groups. */
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { MetricGroup } from '../../../shared/statistics/types';
import { setIssueStatus } from '../../../electron/services/db/issuesTable';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta, type Harness } from '../services/helpers';

type Figure = ChannelInput<'statistics.save'>['figures'][number];

async function setUp() {
  const h = harness();
  const groups = await h.value('statistics.groups', { seriesId: DEFAULT_SERIES_ID });
  const period = groups.find((g) => g.mode === 'period')!;
  const cumulative = groups.find((g) => g.mode === 'cumulative')!;
  /** A weekly issue with the given number, its own week (periods of one series may not overlap). */
  const issue = async (number: number, overrides: Partial<ChannelInput<'issues.create'>['meta']> = {}) => {
    const year = overrides.year ?? 2024;
    const day = (offset: number) => new Date(Date.UTC(year, 0, 1 + 7 * (number - 1) + offset)).toISOString().slice(0, 10);
    const week = { periodStart: day(0), periodEnd: day(4), issueDate: day(4) };
    const m = meta({ year, number, totalNumber: 400 + number, ...week, ...overrides });
    return (await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: m })).id;
  };
  return { h, period, cumulative, issue };
}

/** Figures of a group in metric order: [value, total] pairs. */
function figures(group: MetricGroup, pairs: [number | null, number | null][]): Figure[] {
  return group.metrics.map((m, i) => ({ metricId: m.id, value: pairs[i]?.[0] ?? null, total: pairs[i]?.[1] ?? null }));
}

const values = (group: MetricGroup, vs: number[]) =>
  figures(
    group,
    vs.map((v) => [v, null]),
  );

async function save(h: Harness, issueId: number, group: MetricGroup, f: Figure[]) {
  return h.value('statistics.save', { issueId, groupId: group.id, figures: f });
}

describe('statistics.groups', () => {
  it('lists the seeded groups of the first series with their metrics in order', async () => {
    const { period, cumulative } = await setUp();
    expect(period.name).toBe('省本级综窗办件情况');
    expect(period.metrics.map((m) => `${m.label}/${m.unit}`)).toEqual(['咨询/人次', '受理/件', '颁发/件', '流转/件次']);
    expect(cumulative.metrics.map((m) => `${m.category}${m.label}`)).toEqual([
      '省本级行政许可事项受理',
      '省本级行政许可事项办结',
      '公共服务事项受理',
      '公共服务事项办结',
      '其它九类行权事项受理',
      '其它九类行权事项办结',
    ]);
  });
});

describe('statistics.save and statistics.get', () => {
  it('computes 今年以来 from the earlier issues by number, entered out of order, and prints the sentence', async () => {
    const { h, period, issue } = await setUp();
    const third = await issue(3);
    const first = await issue(1);
    const second = await issue(2);
    await save(h, first, period, values(period, [100, 10, 1000, 20]));
    await save(h, third, period, values(period, [2046, 705, 5233, 3529]));
    await save(h, second, period, values(period, [12001, 5534, 35787, 79245]));
    const view = await h.value('statistics.get', { issueId: third, groupId: period.id });
    expect(view.figures.map((f) => f.total)).toEqual([14147, 6249, 42020, 82794]);
    expect(view.warnings).toEqual([]);
    expect(view.lines).toEqual([
      '本周，共计咨询2046人次、受理705件、颁发5233件、流转3529件次。今年以来，累计咨询14147人次、受理6249件、颁发42020件、流转82794件次。',
    ]);
    expect(view.rows[1]).toEqual(['咨询（人次）', '2046', '14147']);
  });

  it('warns about an earlier number of the year without figures and leaves it out', async () => {
    const { h, period, issue } = await setUp();
    const first = await issue(1);
    await issue(2);
    const third = await issue(3);
    await save(h, first, period, values(period, [1, 1, 1, 1]));
    const view = await save(h, third, period, values(period, [2, 2, 2, 2]));
    expect(view.figures.map((f) => f.total)).toEqual([3, 3, 3, 3]);
    expect(view.errors).toEqual([
      '2024年第2期缺失或未填写省本级综窗办件情况数字，今年以来累计未包含该期，打印的累计数将偏小：请补录这几期的数字、在简报系列中设定起点（期初累计），或填写按平台核对的累计。',
    ]);
  });

  it('leaves 增刊 and issues in the recycle bin out of the year', async () => {
    const { h, period, issue } = await setUp();
    const supplement = await issue(1, { supplement: true, totalNumber: null, periodStart: null, periodEnd: null });
    const deleted = await issue(1);
    await save(h, supplement, period, values(period, [500, 500, 500, 500]));
    await save(h, deleted, period, values(period, [700, 700, 700, 700]));
    await h.value('issues.delete', { id: deleted });
    const second = await issue(2);
    const view = await save(h, second, period, values(period, [1, 1, 1, 1]));
    expect(view.figures.map((f) => f.total)).toEqual([1, 1, 1, 1]);
  });

  it('refuses a typed total below the sum of the year and changes nothing', async () => {
    const { h, period, issue } = await setUp();
    const first = await issue(1);
    const second = await issue(2);
    await save(h, first, period, values(period, [6000, 1, 1, 1]));
    await save(h, second, period, values(period, [6000, 1, 1, 1]));
    const third = await issue(3);
    await save(h, third, period, values(period, [1, 1, 1, 1]));
    const before = dumpDatabase(h.db);
    const result = await h.call('statistics.save', {
      issueId: third,
      groupId: period.id,
      figures: figures(period, [
        [500, 12000],
        [1, null],
        [1, null],
        [1, null],
      ]),
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '今年以来累计咨询12000人次，低于本年各期之和12500人次，未保存。' },
    });
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('chains on a typed total and says when it differs from the computed one', async () => {
    const { h, period, issue } = await setUp();
    const first = await issue(1);
    const second = await issue(2);
    const view1 = await save(
      h,
      first,
      period,
      figures(period, [
        [100, 150],
        [1, null],
        [1, null],
        [1, null],
      ]),
    );
    expect(view1.warnings).toEqual(['咨询：按平台核对的累计150人次与计算所得100人次不一致，请核对。']);
    const view2 = await save(h, second, period, values(period, [10, 1, 1, 1]));
    expect(view2.figures[0]).toMatchObject({ computedTotal: 160, total: 160, previousTotal: 150 });
  });

  it('refuses a negative figure with a clear Chinese message', async () => {
    const { h, period, issue } = await setUp();
    const id = await issue(1);
    const result = await h.call('statistics.save', {
      issueId: id,
      groupId: period.id,
      figures: [{ metricId: period.metrics[0]!.id, value: -5, total: null }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('本期数字不能为负数');
  });

  it('refuses a finalized issue (ISSUE_FINAL) and changes nothing', async () => {
    const { h, period, issue } = await setUp();
    const id = await issue(1);
    await save(h, id, period, values(period, [1, 1, 1, 1]));
    setIssueStatus(h.db, id, 'final', '2024-03-29T10:00:00.000Z');
    const before = dumpDatabase(h.db);
    const result = await h.call('statistics.save', { issueId: id, groupId: period.id, figures: values(period, [2, 2, 2, 2]) });
    expect(result.ok ? null : result.error.code).toBe('ISSUE_FINAL');
    expect(dumpDatabase(h.db)).toBe(before);
    // Reading still works: the block of a finalized issue shows its figures.
    expect((await h.value('statistics.get', { issueId: id, groupId: period.id })).figures[0]!.value).toBe(1);
  });

  it('refuses a metric of another group and a group of another series', async () => {
    const { h, period, cumulative, issue } = await setUp();
    const id = await issue(1);
    const wrongMetric = await h.call('statistics.save', {
      issueId: id,
      groupId: period.id,
      figures: [{ metricId: cumulative.metrics[0]!.id, value: 1, total: null }],
    });
    expect(wrongMetric.ok ? '' : wrongMetric.error.message).toContain('不属于统计“省本级综窗办件情况”');
    h.db
      .prepare(
        "INSERT INTO series (title, issuer, period_kind, has_total, created_at) VALUES ('政务窗口月报', '某中心', 'month', 0, '2024-01-01T00:00:00.000Z')",
      )
      .run();
    const other = Number(h.db.prepare('SELECT max(id) AS id FROM series').pluck().get());
    const [otherGroup] = await h.value('statistics.saveGroups', {
      seriesId: other,
      groups: [{ id: null, name: '月度办件', mode: 'period', lead: '', metrics: [{ id: null, label: '受理', unit: '件', category: '' }] }],
    });
    const wrongGroup = await h.call('statistics.get', { issueId: id, groupId: otherGroup!.id });
    expect(wrongGroup.ok ? '' : wrongGroup.error.message).toBe('统计“月度办件”不属于本期简报所在的简报系列。');
  });

  it('prints a cumulative group with the period end and warns when a total falls', async () => {
    const { h, cumulative, issue } = await setUp();
    const first = await issue(1, { year: 2022 });
    const second = await issue(2, { year: 2022, periodStart: '2022-08-22', periodEnd: '2022-08-26', issueDate: '2022-08-26' });
    await save(h, first, cumulative, values(cumulative, [600000, 1, 1, 1, 1, 1]));
    const view = await save(h, second, cumulative, values(cumulative, [588929, 583751, 19317532, 7089617, 48374, 49103]));
    expect(view.warnings).toEqual(['省本级行政许可事项受理：累计588929件低于上一期的600000件，累计数字不应减少，请核对。']);
    expect(view.lines[0]).toBe(
      '据四川一体化政务服务平台数据统计，2022年1月1日至2022年8月26日，省本级行政许可事项受理588929件，办结583751件；公共服务事项受理19317532件，办结7089617件；其它九类行权事项受理48374件，办结49103件。',
    );
  });
});
