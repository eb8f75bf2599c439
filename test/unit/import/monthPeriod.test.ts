/**
 * Issue 10.4: a monthly without a period line covers its month — from the first section that names
 * it, or from the series' 每月 kind with the issue's number and date — so the next monthly can be
 * proposed from it.
 */
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../electron/services/import';
import { EMPTY_CALENDAR } from '../../../shared/attendance/workingDays';
import { detectIncoming } from '../../../shared/import';
import { proposePeriod } from '../../../shared/issues/periods';
import { buildWordFile, para, run } from '../../fixtures/import/word/wordXml';

function monthly(number: number, date: string, firstSection: string): Promise<Uint8Array> {
  return buildWordFile(
    para([run('政务窗口月报', { face: '方正小标宋简体' })], { center: true }) +
      para(`第${number}期`, { center: true }) +
      para(`四川省政府政务服务和公共资源交易服务中心\t${date}`, { borderBottom: true }) +
      para([run(`一、${firstSection}`, { face: '黑体' })]) +
      para('本月各窗口运行平稳。') +
      para('报：省政府办公厅。') +
      para('（共印30份）'),
  );
}

describe('periods of a monthly', () => {
  it('reads the month from the first section: 2025年2月… covers 2025-02-01 to 2025-02-28', async () => {
    const issue = detectIncoming(await readImportFile('月报.docx', await monthly(2, '2025年3月10日', '2025年2月全省政务服务总体情况')));
    expect(issue.period).toEqual(['2025-02-01', '2025-02-28']);
    expect(issue.warnings.join('')).toContain('2025-02-01 至 2025-02-28');
    // The next monthly is proposed from it: March.
    expect(proposePeriod('month', '2025-04-08', issue.period![1], EMPTY_CALENDAR)).toMatchObject({
      periodStart: '2025-03-01',
      periodEnd: '2025-03-31',
    });
  });

  it('takes the month of the number for a 月报 whose sections name none', async () => {
    const issue = detectIncoming(await readImportFile('月报.docx', await monthly(2, '2025年3月10日', '政务服务总体情况')));
    expect(issue.period).toEqual(['2025-02-01', '2025-02-28']);
  });

  it('takes the month before the issue date when the number cannot be the month, and knows leap years', async () => {
    const issue = detectIncoming(await readImportFile('月报.docx', await monthly(15, '2024年3月5日', '政务服务总体情况')));
    expect(issue.period).toEqual(['2024-02-01', '2024-02-29']);
  });

  it('uses the series’ 每月 kind for a title that does not say 月报', async () => {
    const bytes = await buildWordFile(
      para('窗口工作简报') +
        para('2025年第1期') +
        para('四川省政府政务服务和公共资源交易服务中心\t2025年2月6日') +
        para('一、总体情况') +
        para('运行平稳。'),
    );
    const incoming = await readImportFile('a.docx', bytes);
    expect(detectIncoming(incoming).period).toBeNull();
    expect(detectIncoming(incoming, { knownSeriesTitles: ['窗口工作简报'], monthlySeriesTitles: ['窗口工作简报'] }).period).toEqual([
      '2025-01-01',
      '2025-01-31',
    ]);
  });
});
