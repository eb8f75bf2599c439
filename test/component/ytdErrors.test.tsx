/** What 定稿 and export name: the 今年以来 errors of the body's statistics blocks, one call per group. */
import { describe, expect, it } from 'vitest';
import { paragraph, statistics } from '../../shared/document/types';
import type { StatisticsView } from '../../shared/statistics/types';
import { statisticsErrors, ytdErrorsText } from '../../renderer/src/statistics/ytdErrors';
import { twoMetricGroup } from '../fixtures/metricGroups';
import { fakeApi, ok } from './fakeApi';

const GROUP = twoMetricGroup(4, 1, [41, 42]);
const view = (errors: string[]): StatisticsView => ({ issueId: 7, group: GROUP, figures: [], errors, warnings: [], lines: [], rows: [] });

describe('statisticsErrors', () => {
  it('names each group’s errors once, however many blocks print it', async () => {
    const api = fakeApi({ 'statistics.get': async () => ok(view(['2026年第1期至第46期缺失…'])) });
    const errors = await statisticsErrors(api, 7, [paragraph('x'), statistics(4), statistics(4, 'table')]);
    expect(errors).toEqual(['省本级综窗办件情况：2026年第1期至第46期缺失…']);
    expect(api['statistics.get']).toHaveBeenCalledTimes(1);
    expect(ytdErrorsText(errors)).toContain('印出来将是错的');
  });

  it('says nothing for a body without errors or without statistics', async () => {
    const api = fakeApi({ 'statistics.get': async () => ok(view([])) });
    expect(await statisticsErrors(api, 7, [statistics(4)])).toEqual([]);
    expect(await statisticsErrors(api, 7, [paragraph('x')])).toEqual([]);
    expect(ytdErrorsText([])).toBe('');
  });
});
