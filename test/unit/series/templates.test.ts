/** templates.get / templates.save: the ordered sections, and statistics blocks only of the series' own groups. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_HALL_CHECKS, type TemplateSection } from '../../../shared/templates/types';
import { DEFAULT_SERIES_ID, dumpDatabase, harness } from '../services/helpers';
import { settings } from './seriesFixtures';

function groupIds(h: ReturnType<typeof harness>, seriesId: number): number[] {
  return h.db.prepare('SELECT id FROM metric_groups WHERE series_id = ? ORDER BY position').pluck().all(seriesId) as number[];
}

function weeklyTemplate(groupId: number): TemplateSection[] {
  return [
    { level: 1, title: '省级政务服务事项受理办理情况', defaultText: '', keepText: false, block: null },
    { level: 1, title: '综窗工作情况', defaultText: '', keepText: false, block: { kind: 'statistics', groupId, form: 'sentence' } },
    { level: 1, title: '窗口管理情况', defaultText: '', keepText: false, block: null },
    { level: 2, title: '考勤情况', defaultText: '', keepText: false, block: { kind: 'attendance' } },
    {
      level: 2,
      title: '大厅巡查情况',
      defaultText: '',
      keepText: false,
      block: { kind: 'hallInspection', checks: [...DEFAULT_HALL_CHECKS] },
    },
    { level: 1, title: '{年}年{月}月工作安排', defaultText: '做好窗口服务。\n加强巡查。', keepText: true, block: null },
  ];
}

describe('templates', () => {
  it('starts empty, stores the sections in order and answers them back', async () => {
    const h = harness();
    expect(await h.value('templates.get', { seriesId: DEFAULT_SERIES_ID })).toEqual([]);
    const [zongchuang] = groupIds(h, DEFAULT_SERIES_ID);
    const sections = weeklyTemplate(zongchuang!);
    expect(await h.value('templates.save', { seriesId: DEFAULT_SERIES_ID, sections })).toEqual(sections);
    expect(await h.value('templates.get', { seriesId: DEFAULT_SERIES_ID })).toEqual(sections);

    const reordered = [sections[2]!, sections[0]!];
    await h.value('templates.save', { seriesId: DEFAULT_SERIES_ID, sections: reordered });
    expect(await h.value('templates.get', { seriesId: DEFAULT_SERIES_ID })).toEqual(reordered);
  });

  it('refuses a statistics block of another series’ group, or of no group, changing nothing', async () => {
    const h = harness();
    const other = await h.value('series.create', { settings: settings(), closing: null });
    // A group of the other series, written directly: this test is about the template's check only.
    const foreignId = Number(
      h.db
        .prepare("INSERT INTO metric_groups (series_id, position, name, mode, lead) VALUES (?, 0, '月度办件', 'period', '')")
        .run(other.id).lastInsertRowid,
    );
    const [own] = groupIds(h, DEFAULT_SERIES_ID);
    await h.value('templates.save', { seriesId: DEFAULT_SERIES_ID, sections: weeklyTemplate(own!) });
    const before = dumpDatabase(h.db);
    for (const groupId of [foreignId, 9999]) {
      const result = await h.call('templates.save', { seriesId: DEFAULT_SERIES_ID, sections: weeklyTemplate(groupId) });
      expect(result).toEqual({
        ok: false,
        error: { code: 'CONFLICT', message: '第2部分“综窗工作情况”的统计数据不是本系列的统计项目（可能已被删除）。请重新选择统计项目。' },
      });
      expect(dumpDatabase(h.db)).toBe(before);
    }
    expect(await h.value('templates.get', { seriesId: DEFAULT_SERIES_ID })).toEqual(weeklyTemplate(own!));
  });

  it('refuses sections the schema does not accept, in Chinese', async () => {
    const h = harness();
    const result = await h.call('templates.save', {
      seriesId: DEFAULT_SERIES_ID,
      sections: [{ level: 1, title: '  ', defaultText: '', keepText: false, block: null }],
    });
    expect(result.ok === false && result.error.message).toContain('请填写标题');
    const noChecks = await h.call('templates.save', {
      seriesId: DEFAULT_SERIES_ID,
      sections: [{ level: 2, title: '大厅巡查情况', defaultText: '', keepText: false, block: { kind: 'hallInspection', checks: [] } }],
    });
    expect(noChecks.ok === false && noChecks.error.message).toContain('大厅巡查至少要有一项');
  });

  it('answers NOT_FOUND for an unknown series', async () => {
    const h = harness();
    expect((await h.call('templates.get', { seriesId: 77 })).ok).toBe(false);
    const result = await h.call('templates.save', { seriesId: 77, sections: [] });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到编号为 77 的简报系列。' } });
  });
});
