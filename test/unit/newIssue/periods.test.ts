import { describe, expect, it } from 'vitest';
import { EMPTY_CALENDAR, toCalendar, type HolidayCalendar } from '../../../shared/attendance/workingDays';
import { proposePeriod } from '../../../shared/issues/periods';
import { DEFAULT_SERIES_ID, harness, meta } from '../services/helpers';

function calendar(holidays: string[], workdays: string[] = []): HolidayCalendar {
  return toCalendar([
    ...holidays.map((date) => ({ date, kind: 'holiday' as const, note: '' })),
    ...workdays.map((date) => ({ date, kind: 'workday' as const, note: '' })),
  ]);
}

const period = (start: string | null, end: string | null) => ({ periodStart: start, periodEnd: end });

describe('weekly periods', () => {
  it('follows the previous issue: the week after its period, whatever the issue date', () => {
    expect(proposePeriod('week', '2024-04-10', '2024-03-22', EMPTY_CALENDAR)).toEqual(period('2024-03-25', '2024-03-29'));
  });

  it('is the week before the issue date’s week for the first issue of a series', () => {
    // The sample of 2024-03-29 prints 3月18日—3月22日.
    expect(proposePeriod('week', '2024-03-29', null, EMPTY_CALENDAR)).toEqual(period('2024-03-18', '2024-03-22'));
  });

  it('runs Tuesday to Friday when the Monday is a public holiday (端午 2024-06-10)', () => {
    expect(proposePeriod('week', '2024-06-14', '2024-06-07', calendar(['2024-06-10']))).toEqual(period('2024-06-11', '2024-06-14'));
  });

  it('runs to Saturday when the Saturday is a make-up workday (2024-05-11)', () => {
    const may = calendar(['2024-05-01', '2024-05-02', '2024-05-03'], ['2024-04-28', '2024-05-11']);
    expect(proposePeriod('week', '2024-05-17', '2024-05-03', may)).toEqual(period('2024-05-06', '2024-05-11'));
    // a worked Sunday ends its Monday–Sunday week; the holiday week keeps its two working days
    expect(proposePeriod('week', '2024-05-10', '2024-04-19', may)).toEqual(period('2024-04-22', '2024-04-28'));
    expect(proposePeriod('week', '2024-05-10', '2024-04-28', may)).toEqual(period('2024-04-29', '2024-04-30'));
  });

  it('skips a week without any working day (国庆)', () => {
    const national = calendar(['2024-09-30', '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04']);
    expect(proposePeriod('week', '2024-10-15', '2024-09-27', national)).toEqual(period('2024-10-07', '2024-10-11'));
  });

  it('crosses the year end', () => {
    expect(proposePeriod('week', '2025-01-06', '2024-12-27', calendar(['2025-01-01']))).toEqual(period('2024-12-30', '2025-01-03'));
  });
});

describe('monthly and custom periods', () => {
  it('is the calendar month after the previous period’s month, December → January included', () => {
    expect(proposePeriod('month', '2025-03-05', '2025-01-31', EMPTY_CALENDAR)).toEqual(period('2025-02-01', '2025-02-28'));
    expect(proposePeriod('month', '2025-01-08', '2024-12-31', EMPTY_CALENDAR)).toEqual(period('2025-01-01', '2025-01-31'));
    expect(proposePeriod('month', '2024-03-02', '2024-01-31', EMPTY_CALENDAR)).toEqual(period('2024-02-01', '2024-02-29'));
  });

  it('is the month before the issue date for the first issue', () => {
    expect(proposePeriod('month', '2025-03-05', null, EMPTY_CALENDAR)).toEqual(period('2025-02-01', '2025-02-28'));
    expect(proposePeriod('month', '2025-01-02', null, EMPTY_CALENDAR)).toEqual(period('2024-12-01', '2024-12-31'));
  });

  it('leaves a custom period empty', () => {
    expect(proposePeriod('custom', '2025-03-05', '2025-01-31', EMPTY_CALENDAR)).toEqual(period(null, null));
  });
});

describe('issues.propose reads the holiday calendar', () => {
  it('proposes Tuesday–Friday after a Monday holiday kept with the attendance calendar', async () => {
    const h = harness();
    await h.value('attendance.saveCalendar', { year: 2024, days: [{ date: '2024-06-10', kind: 'holiday', note: '端午节' }] });
    await h.value('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: meta({ number: 22, issueDate: '2024-06-07', periodStart: '2024-06-03', periodEnd: '2024-06-07' }),
    });
    const next = await h.value('issues.propose', { seriesId: DEFAULT_SERIES_ID, today: '2024-06-14' });
    expect([next.number, next.periodStart, next.periodEnd]).toEqual([23, '2024-06-11', '2024-06-14']);
  });
});
