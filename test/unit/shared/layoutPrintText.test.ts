import { describe, expect, it } from 'vitest';
import { normalizePrintText, normalizeRuns } from '../../../shared/layout/printText';

describe('normalizePrintText', () => {
  it('drops spaces between digits and Chinese (extraction noise)', () => {
    expect(normalizePrintText('2022 年第 28 期（总第 403 期）')).toBe('2022年第28期（总第403期）');
    expect(normalizePrintText('受理 700 件、颁发 3949 件')).toBe('受理700件、颁发3949件');
    expect(normalizePrintText('四川 e 就业')).toBe('四川e就业');
  });

  it('keeps one space between Latin words and numbers', () => {
    expect(normalizePrintText('Times  New Roman 字体')).toBe('Times New Roman字体');
    expect(normalizePrintText('12 34')).toBe('12 34');
  });

  it('trims the ends', () => {
    expect(normalizePrintText('  本周，省中心召开会议。 \t')).toBe('本周，省中心召开会议。');
  });

  it('widens half-width brackets around Chinese or a bare number', () => {
    expect(normalizePrintText('(一) 优化营商环境')).toBe('（一）优化营商环境');
    expect(normalizePrintText('(4) 近日')).toBe('（4）近日');
    expect(normalizePrintText('厅(局)长进大厅')).toBe('厅（局）长进大厅');
    expect(normalizePrintText('德坤影业 (成都)有限公司')).toBe('德坤影业（成都）有限公司');
  });

  it('leaves brackets in Latin text alone', () => {
    expect(normalizePrintText('f(x) = y')).toBe('f(x) = y');
  });

  it('turns ASCII punctuation touching Chinese into full-width, but not inside numbers', () => {
    expect(normalizePrintText('3月19日,省中心召开例会;会议强调:要提高认识')).toBe('3月19日，省中心召开例会；会议强调：要提高认识');
    expect(normalizePrintText('08:30 开始，共 1,000 人')).toBe('08:30开始，共1,000人');
  });

  it('curls ASCII double quotes around Chinese', () => {
    expect(normalizePrintText('惠企政策"直达快享"、"一网通办"')).toBe('惠企政策“直达快享”、“一网通办”');
  });

  it('prints other dashes in ranges as the em dash', () => {
    expect(normalizePrintText('8月22日–8月26日')).toBe('8月22日—8月26日');
    expect(normalizePrintText('8月22日―8月26日')).toBe('8月22日—8月26日');
    expect(normalizePrintText('8月22日—8月26日')).toBe('8月22日—8月26日');
  });

  it('leaves clean text unchanged', () => {
    const clean = '本周，共计咨询2230人次、受理700件。今年以来，累计咨询37596人次（含线上）。';
    expect(normalizePrintText(clean)).toBe(clean);
  });
});

describe('normalizeRuns', () => {
  it('sees across run boundaries and keeps each run its style', () => {
    expect(
      normalizeRuns([
        { text: '本周, ', bold: false },
        { text: '商务厅', bold: true },
        { text: ' 副厅长 ', bold: false },
        { text: '2 ', bold: false },
        { text: '人', bold: false },
      ]),
    ).toEqual([
      { text: '本周，', bold: false },
      { text: '商务厅', bold: true },
      { text: '副厅长2人', bold: false },
    ]);
  });

  it('drops runs that become empty and merges their neighbours', () => {
    expect(
      normalizeRuns([
        { text: '甲', bold: false },
        { text: ' ', bold: true },
        { text: '乙', bold: false },
      ]),
    ).toEqual([{ text: '甲乙', bold: false }]);
  });
});
