/** Per-series layout overrides and the default 报尾 through dispatch: round trips, refusals, 恢复默认. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/result';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { resolveLayout } from '../../../shared/layout/overrides';
import { updateSeriesClosing, updateSeriesLayout } from '../../../electron/services/db/seriesTable';
import { DEFAULT_SERIES, DEFAULT_SERIES_ID, dumpDatabase, harness } from './helpers';

const CUSTOM = {
  margins: { topMm: 35 },
  masthead: { titleSizePt: 28, titleColor: 'c00000' },
  closing: { onEvenPage: true },
};

describe('series.get', () => {
  it('answers the series with its layout and default 报尾', async () => {
    const h = harness();
    expect(await h.value('series.get', { id: DEFAULT_SERIES_ID })).toEqual(DEFAULT_SERIES);
  });

  it('answers NOT_FOUND in Chinese for an unknown series', async () => {
    const h = harness();
    expect(await h.call('series.get', { id: 9 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '没有找到编号为 9 的简报系列。' },
    });
  });
});

describe('series.updateLayout / series.resolvedLayout', () => {
  it('stores the overrides (colours normalised) and answers them with the resolved layout', async () => {
    const h = harness();
    const answer = await h.value('series.updateLayout', { id: DEFAULT_SERIES_ID, layout: CUSTOM });
    const stored = { ...CUSTOM, masthead: { titleSizePt: 28, titleColor: 'C00000' } };
    expect(answer.series.layout).toEqual(stored);
    expect(answer.layout).toEqual(resolveLayout(CUSTOM));
    expect(answer.layout.margins.topMm).toBe(35);
    expect(answer.layout.masthead.titleColor).toBe('C00000');
    expect(answer.layout.closing.onEvenPage).toBe(true);
    // A taller text block re-derives the grid: same 22 lines, a larger pitch.
    expect(answer.layout.grid.linePitchPt).toBeGreaterThan(DEFAULT_LAYOUT.grid.linePitchPt);

    expect((await h.value('series.get', { id: DEFAULT_SERIES_ID })).layout).toEqual(stored);
    expect((await h.value('series.list', {}))[0]!.layout).toEqual(stored);
    expect(await h.value('series.resolvedLayout', { id: DEFAULT_SERIES_ID })).toEqual(answer.layout);
  });

  it('恢复默认: null forgets the overrides and resolves to the standard layout', async () => {
    const h = harness();
    await h.value('series.updateLayout', { id: DEFAULT_SERIES_ID, layout: CUSTOM });
    const answer = await h.value('series.updateLayout', { id: DEFAULT_SERIES_ID, layout: null });
    expect(answer.series.layout).toBeNull();
    expect(answer.layout).toEqual(DEFAULT_LAYOUT);
    expect(h.db.prepare('SELECT layout FROM series WHERE id = 1').pluck().get()).toBeNull();
    expect(await h.value('series.resolvedLayout', { id: DEFAULT_SERIES_ID })).toEqual(DEFAULT_LAYOUT);
  });

  it.each([
    ['a masthead size out of range', { masthead: { titleSizePt: 40 } }, '报头字号不能大于30磅'],
    ['a colour that is not RRGGBB', { masthead: { ruleColor: 'red' } }, '分隔线颜色应为六位十六进制颜色值'],
    ['a key the layout does not have', { paper: 'A3' }, '未知的键'],
    ['margins that break the 28-character grid', { margins: { leftMm: 10, rightMm: 10 } }, '字距过大'],
    ['a pitch that gives too few lines', { grid: { linePitchPt: 40 }, margins: { topMm: 60, bottomMm: 60 } }, '应在15–30行之间'],
    ['a font name with markup', { fonts: { body: '仿宋"><x' } }, '字体名称含有不允许的字符'],
  ])('refuses %s with a Chinese message and leaves the database unchanged', async (_case, layout, message) => {
    const h = harness();
    await h.value('series.updateLayout', { id: DEFAULT_SERIES_ID, layout: CUSTOM });
    const before = dumpDatabase(h.db);
    const result = await h.raw('series.updateLayout', { id: DEFAULT_SERIES_ID, layout });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/^请求内容不正确：/);
    expect(result.error.message).toContain(message);
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('answers NOT_FOUND for an unknown series and writes nothing', async () => {
    const h = harness();
    const before = dumpDatabase(h.db);
    const result = await h.call('series.updateLayout', { id: 7, layout: CUSTOM });
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('checks again at the table: invalid overrides are never written, whoever calls', () => {
    const h = harness();
    const before = dumpDatabase(h.db);
    expect(() => updateSeriesLayout(h.db, 1, { masthead: { titleSizePt: 99 } })).toThrow(AppError);
    expect(() => updateSeriesClosing(h.db, 1, { lines: [], copies: -1 })).toThrow(AppError);
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('reports a stored layout that no longer validates instead of printing something else', async () => {
    const h = harness();
    h.db.prepare(`UPDATE series SET layout = '{"masthead":{"titleSizePt":99}}' WHERE id = 1`).run();
    const result = await h.call('series.resolvedLayout', { id: DEFAULT_SERIES_ID });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('版式设置无法识别') },
    });
  });
});

describe('series.updateClosing', () => {
  const CLOSING = {
    lines: [
      { label: '报' as const, text: '省政府办公厅。' },
      { label: '发' as const, text: '各处室。' },
    ],
    copies: 103,
  };

  it('stores the default 报尾 and answers the series; null means no 报尾', async () => {
    const h = harness();
    const updated = await h.value('series.updateClosing', { id: DEFAULT_SERIES_ID, closing: CLOSING });
    expect(updated.closing).toEqual(CLOSING);
    expect((await h.value('series.get', { id: DEFAULT_SERIES_ID })).closing).toEqual(CLOSING);
    const cleared = await h.value('series.updateClosing', { id: DEFAULT_SERIES_ID, closing: null });
    expect(cleared.closing).toBeNull();
  });

  it.each([
    ['an unknown label', { lines: [{ label: '抄', text: 'x' }], copies: 1 }, '报尾每行应以“报”“送”或“发”开头'],
    ['zero copies', { lines: [], copies: 0 }, '印数至少为1份'],
    ['a line break inside a line', { lines: [{ label: '报', text: '甲\n乙' }], copies: null }, '不能含有换行'],
  ])('refuses %s and leaves the database unchanged', async (_case, closing, message) => {
    const h = harness();
    const before = dumpDatabase(h.db);
    const result = await h.raw('series.updateClosing', { id: DEFAULT_SERIES_ID, closing });
    expect(result.ok ? null : result.error).toEqual({ code: 'INVALID_INPUT', message: expect.stringContaining(message) });
    expect(dumpDatabase(h.db)).toBe(before);
  });
});
