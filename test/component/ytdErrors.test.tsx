/** What 定稿 and export name: the 今年以来 errors of the body's statistics blocks, one call per group. */
import { describe, expect, it } from 'vitest';
import { paragraph, statistics } from '../../shared/document/types';
import { statisticsErrors, ytdErrorsText } from '../../renderer/src/statistics/ytdErrors';
import { realApi } from './realApi';
import { seedStatistics } from './realStatistics';

describe('statisticsErrors', () => {
  it('names each group’s errors once, however many blocks print it', async () => {
    const real = realApi();
    // 第10期 after 第8期: main finds 第9期 missing.
    const { issue, group } = await seedStatistics(real, { gap: true, figures: [1, 1] });
    const errors = await statisticsErrors(real.api, issue.id, [paragraph('x'), statistics(group.id), statistics(group.id, 'table')]);
    expect(errors).toEqual([expect.stringMatching(/^省本级综窗办件情况：2024年第9期缺失或未填写省本级综窗办件情况数字/)]);
    expect(errors).toHaveLength(1);
    expect(real.api['statistics.get']).toHaveBeenCalledTimes(1);
    expect(ytdErrorsText(errors)).toContain('印出来将是错的');
  });

  it('says nothing for a body without errors or without statistics', async () => {
    const real = realApi();
    const { issue, group } = await seedStatistics(real, { figures: [1, 1] });
    expect(await statisticsErrors(real.api, issue.id, [statistics(group.id)])).toEqual([]);
    expect(await statisticsErrors(real.api, issue.id, [paragraph('x')])).toEqual([]);
    expect(ytdErrorsText([])).toBe('');
  });
});
