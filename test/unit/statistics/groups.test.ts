/** statistics.saveGroups: replace a series' groups, refusing deletions that would lose figures or break the template. */
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { MetricGroup } from '../../../shared/statistics/types';
import { replaceTemplateSections } from '../../../electron/services/db/templateSectionsTable';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta } from '../services/helpers';

type GroupInput = ChannelInput<'statistics.saveGroups'>['groups'][number];

/** A stored group as the editor sends it back. */
const asInput = (g: MetricGroup): GroupInput => ({
  id: g.id,
  name: g.name,
  mode: g.mode,
  lead: g.lead,
  metrics: g.metrics.map((m) => ({ id: m.id, label: m.label, unit: m.unit, category: m.category })),
});

async function setUp() {
  const h = harness();
  const groups = await h.value('statistics.groups', { seriesId: DEFAULT_SERIES_ID });
  return { h, period: groups[0]!, cumulative: groups[1]! };
}

describe('statistics.saveGroups', () => {
  it('updates kept ids, inserts null ids, deletes the missing, in the given order', async () => {
    const { h, period, cumulative } = await setUp();
    const edited: GroupInput = {
      ...asInput(period),
      name: '综窗办件',
      // 流转 removed, 颁发 before 受理, a new 办结.
      metrics: [
        asInput(period).metrics[0]!,
        asInput(period).metrics[2]!,
        asInput(period).metrics[1]!,
        { id: null, label: '办结', unit: '件', category: '' },
      ],
    };
    const saved = await h.value('statistics.saveGroups', {
      seriesId: DEFAULT_SERIES_ID,
      groups: [
        { id: null, name: '好差评', mode: 'period', lead: '', metrics: [{ id: null, label: '好评', unit: '条', category: '' }] },
        edited,
      ],
    });
    expect(saved.map((g) => g.name)).toEqual(['好差评', '综窗办件']);
    expect(saved[1]!.id).toBe(period.id);
    expect(saved[1]!.metrics.map((m) => m.label)).toEqual(['咨询', '颁发', '受理', '办结']);
    expect(saved[1]!.metrics.slice(0, 3).map((m) => m.id)).toEqual([period.metrics[0]!.id, period.metrics[2]!.id, period.metrics[1]!.id]);
    expect(await h.value('statistics.groups', { seriesId: DEFAULT_SERIES_ID })).toEqual(saved);
    expect(saved.some((g) => g.id === cumulative.id)).toBe(false);
  });

  it('refuses deleting a metric that has figures, naming it and how many issues, and changes nothing', async () => {
    const { h, period } = await setUp();
    for (const number of [1, 2]) {
      const day = `2024-01-0${number * 3}`;
      const { id } = await h.value('issues.create', {
        seriesId: DEFAULT_SERIES_ID,
        meta: meta({ number, totalNumber: 400 + number, issueDate: day, periodStart: day, periodEnd: day }),
      });
      await h.value('statistics.save', {
        issueId: id,
        groupId: period.id,
        figures: [{ metricId: period.metrics[3]!.id, value: 5, total: null }],
      });
    }
    const before = dumpDatabase(h.db);
    const input = asInput(period);
    const result = await h.call('statistics.saveGroups', {
      seriesId: DEFAULT_SERIES_ID,
      groups: [{ ...input, metrics: input.metrics.slice(0, 3) }],
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '统计“省本级综窗办件情况”的指标“流转”已有2期简报填写了数字，不能删除。' },
    });
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('refuses deleting a group the series’ template uses, and changes nothing', async () => {
    const { h, period, cumulative } = await setUp();
    replaceTemplateSections(h.db, DEFAULT_SERIES_ID, [
      {
        level: 1,
        title: '省级政务服务事项受理办理情况',
        defaultText: '',
        keepText: false,
        block: { kind: 'statistics', groupId: cumulative.id, form: 'sentence' },
      },
    ]);
    const before = dumpDatabase(h.db);
    const result = await h.call('statistics.saveGroups', { seriesId: DEFAULT_SERIES_ID, groups: [asInput(period)] });
    expect(result.ok ? null : result.error).toEqual({
      code: 'CONFLICT',
      message: '统计“省级政务服务事项受理办理情况”已用于本系列的章节模板，不能删除。请先在模板中移除该统计段落。',
    });
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('refuses moving a metric into another group, a foreign group id and duplicate names', async () => {
    const { h, period, cumulative } = await setUp();
    const moved = { ...asInput(period), metrics: [...asInput(period).metrics, asInput(cumulative).metrics[0]!] };
    const refusals = await Promise.all([
      h.call('statistics.saveGroups', { seriesId: DEFAULT_SERIES_ID, groups: [moved, asInput(cumulative)] }),
      h.call('statistics.saveGroups', { seriesId: DEFAULT_SERIES_ID, groups: [{ ...asInput(period), id: 999 }] }),
      h.call('statistics.saveGroups', {
        seriesId: DEFAULT_SERIES_ID,
        groups: [
          asInput(period),
          { ...asInput(cumulative), id: null, name: period.name, metrics: [{ id: null, label: 'x', unit: '', category: '' }] },
        ],
      }),
    ]);
    expect(refusals.map((r) => (r.ok ? '' : r.error.message))).toEqual([
      '指标“受理”不属于统计“省本级综窗办件情况”，不能移入；请删除后在该统计中新增。',
      '统计编号 999 不属于本简报系列，请刷新后重试。',
      '统计“省本级综窗办件情况”重复，请改用不同的名称。',
    ]);
  });

  it('refuses an unknown series', async () => {
    const { h } = await setUp();
    const result = await h.call('statistics.groups', { seriesId: 42 });
    expect(result.ok ? '' : result.error.code).toBe('NOT_FOUND');
  });
});
