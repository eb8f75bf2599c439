/**
 * Stored JSON is read by its stored shape, not the contract's request schema: rows written under
 * looser limits (an earlier version, or an edit made before a limit was tightened) still read and
 * print, what cannot mean anything is still reported, and older shapes are upgraded by their function.
 */
import { describe, expect, it } from 'vitest';
import { attendanceSettingsSchema } from '../../../shared/contract/attendanceChannels';
import { closingSchema } from '../../../shared/contract/channels';
import { copyPlanSchema } from '../../../shared/contract/seriesSettingsChannels';
import { templateBlockSchema } from '../../../shared/contract/templateChannels';
import { DEFAULT_ATTENDANCE_SETTINGS } from '../../../shared/attendance/types';
import { upgradeStoredAttendanceSettings } from '../../../electron/services/db/storedShapes';
import { DEFAULT_SERIES_ID, harness, meta } from './helpers';

/** Thirteen 送 lines, one of 1 200 characters: over today's request limits (12 lines, 1 000 characters). */
const LONG_CLOSING = {
  lines: [
    { label: '报', text: '中心领导。' },
    ...Array.from({ length: 11 }, (_, i) => ({ label: '送', text: `第${i + 1}个省级部门。` })),
    { label: '发', text: '各部门窗口'.repeat(240) },
  ],
  copies: 80,
};

const MANY_RECIPIENTS = { recipients: Array.from({ length: 101 }, (_, i) => ({ name: `窗口${i + 1}`, copies: 1 })) };

describe('stored JSON read by its stored shape', () => {
  it('reads a series whose 报尾 and 分送份数 exceed today’s request limits, and prints them', async () => {
    expect(closingSchema.safeParse(LONG_CLOSING).success).toBe(false);
    expect(copyPlanSchema.safeParse(MANY_RECIPIENTS).success).toBe(false);
    const h = harness();
    h.db
      .prepare('UPDATE series SET closing = ?, copy_plan = ? WHERE id = ?')
      .run(JSON.stringify(LONG_CLOSING), JSON.stringify(MANY_RECIPIENTS), DEFAULT_SERIES_ID);

    const series = await h.value('series.get', { id: DEFAULT_SERIES_ID });
    expect(series.closing).toEqual(LONG_CLOSING);
    expect(series.copyPlan).toEqual(MANY_RECIPIENTS);

    // An issue of that series prints the whole 报尾, and its other settings can still be changed.
    const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    expect((await h.value('issues.closing', { id: issue.id })).effective).toEqual(LONG_CLOSING);
    const { html } = await h.value('export.printHtml', { id: issue.id, mode: 'print' });
    const printed = html.replace(/<[^>]*>/g, '').replace(/\s/g, '');
    expect(printed).toContain('送：第11个省级部门。');
    expect(printed).toContain('（共印80份）');
    await h.value('series.updateLayout', { id: DEFAULT_SERIES_ID, layout: { margins: { topMm: 37 } } });
    expect((await h.value('series.get', { id: DEFAULT_SERIES_ID })).closing).toEqual(LONG_CLOSING);
    // A new 报尾 within the limits takes its print run from the stored plan of 101 recipients.
    const short = { lines: [{ label: '报' as const, text: '中心领导。' }], copies: 5 };
    const updated = await h.value('series.updateClosing', { id: DEFAULT_SERIES_ID, closing: short });
    expect(updated.closing).toEqual({ ...short, copies: 101 });
  });

  it('reads an issue’s own 报尾 stored over the limits', async () => {
    const h = harness();
    const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    h.db.prepare('UPDATE issues SET closing = ? WHERE id = ?').run(JSON.stringify(LONG_CLOSING), issue.id);
    expect((await h.value('issues.closing', { id: issue.id })).override).toEqual(LONG_CLOSING);
  });

  it('reads a template whose 大厅巡查 has more items than a request may send', async () => {
    const checks = Array.from({ length: 21 }, (_, i) => ({ label: `巡查项目${i + 1}`, text: '总体情况良好' }));
    const block = { kind: 'hallInspection', checks };
    expect(templateBlockSchema.safeParse(block).success).toBe(false);
    const h = harness();
    h.db
      .prepare(
        `INSERT INTO template_sections (series_id, position, level, title, default_text, keep_text, block)
         VALUES (?, 0, 1, '大厅巡查情况', '', 0, ?)`,
      )
      .run(DEFAULT_SERIES_ID, JSON.stringify(block));
    const sections = await h.value('templates.get', { seriesId: DEFAULT_SERIES_ID });
    expect(sections[0]?.block).toEqual(block);
  });

  it('still reports a stored value that cannot mean anything, and changes nothing', async () => {
    const h = harness();
    const bad = { lines: [{ label: '抄', text: '某处。' }], copies: 0 };
    h.db.prepare('UPDATE series SET closing = ? WHERE id = ?').run(JSON.stringify(bad), DEFAULT_SERIES_ID);
    const result = await h.call('series.get', { id: DEFAULT_SERIES_ID });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('默认报尾无法识别');
    const row = h.db.prepare('SELECT closing FROM series WHERE id = ?').get(DEFAULT_SERIES_ID) as { closing: string };
    expect(JSON.parse(row.closing)).toEqual(bad);
  });
});

describe('attendance settings: stored shape and upgrade', () => {
  it('gives a field the stored row predates its default, keeping the rest', () => {
    const old = { threshold: 5, heading: '本周请假{n}天以上：', none: '无。', order: 'entry' };
    expect(upgradeStoredAttendanceSettings(old)).toEqual({ ...old, visitsNone: DEFAULT_ATTENDANCE_SETTINGS.visitsNone });
    expect(upgradeStoredAttendanceSettings('garbage')).toBe('garbage');
    expect(upgradeStoredAttendanceSettings([1])).toEqual([1]);
  });

  it('reads a row without visitsNone and with a heading longer than a request allows', async () => {
    const heading = `本周累计请假{n}天以上的有${'（含调休）'.repeat(30)}：`;
    const stored = { threshold: 5, heading, none: '本周无。', order: 'entry' };
    expect(attendanceSettingsSchema.safeParse({ ...stored, visitsNone: '无。' }).success).toBe(false);
    const h = harness();
    h.db.prepare('UPDATE attendance_settings SET settings = ? WHERE id = 1').run(JSON.stringify(stored));
    expect(await h.value('attendance.getSettings', {})).toEqual({ ...stored, visitsNone: DEFAULT_ATTENDANCE_SETTINGS.visitsNone });
  });

  it('refuses to store settings that cannot be used, leaving the row as it was', async () => {
    const h = harness();
    const before = h.db.prepare('SELECT settings FROM attendance_settings').get();
    const result = await h.raw('attendance.saveSettings', { settings: { ...DEFAULT_ATTENDANCE_SETTINGS, threshold: 0 } });
    expect(result.ok).toBe(false);
    expect(h.db.prepare('SELECT settings FROM attendance_settings').get()).toEqual(before);
  });
});
