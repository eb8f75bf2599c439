import { describe, expect, it } from 'vitest';
import { datedVisitLines, visitFormFor, weeklyVisitLines } from '../../../shared/attendance/visitsText';
import { SAMPLE_2024_03_29_VISITS, SAMPLE_2024_07_04_VISITS, VISITS_2024_03_29, VISITS_2024_07_04 } from './sampleRows';

const NONE = '本周无厅（局）长进大厅。';

describe('厅（局）长进大厅', () => {
  it('reproduces the weekly sentence of 2024-07-04 §二 and 2024-03-29 §二 exactly', () => {
    expect(weeklyVisitLines(VISITS_2024_07_04, NONE)).toEqual([SAMPLE_2024_07_04_VISITS]);
    expect(weeklyVisitLines(VISITS_2024_03_29, NONE)).toEqual([SAMPLE_2024_03_29_VISITS]);
  });

  it('puts visits in date order, names a leader once, and gives each kind its clause', () => {
    const lines = weeklyVisitLines(
      [
        { department: '科技厅', title: '二级巡视员', name: '高量', date: '2024-06-19', kind: '调研指导' },
        { department: '商务厅', title: '副厅长', name: '梁勇', date: '2024-06-17', kind: '调研值守' },
        { department: '商务厅', title: '副厅长', name: '梁勇', date: '2024-06-20', kind: '调研值守' },
      ],
      NONE,
    );
    expect(lines).toEqual(['本周，商务厅副厅长梁勇到省政务服务大厅窗口调研值守；科技厅二级巡视员高量到省政务服务大厅窗口调研指导。']);
  });

  it('writes the dated list of the monthly, numbered, one line per visit', () => {
    expect(datedVisitLines(VISITS_2024_03_29.slice(0, 2), NONE)).toEqual([
      '（1）3月18日，商务厅副厅长梁勇到省政务服务大厅窗口调研值守。',
      '（2）3月19日，水利厅一级巡视员都勤到省政务服务大厅窗口调研值守。',
    ]);
  });

  it('says so when there were no visits', () => {
    expect(weeklyVisitLines([], NONE)).toEqual([NONE]);
    expect(datedVisitLines([], NONE)).toEqual([NONE]);
  });

  it('uses the dated list for periods longer than a week', () => {
    expect(visitFormFor('2024-06-17', '2024-06-21')).toBe('weekly');
    expect(visitFormFor('2025-02-01', '2025-02-28')).toBe('dated');
    expect(visitFormFor(null, null)).toBe('weekly');
  });
});
