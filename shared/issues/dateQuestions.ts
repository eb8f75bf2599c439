/**
 * Dates of an issue that are probably a typing slip but may be right, so they are questioned once
 * with the reason rather than refused: an issue dated before its period ends (a briefing reports
 * on a period that is over), a period that ended long before the issue date (a period carried over
 * from an old issue, years away), and a 期号 year other than the issue date's year (a December
 * monthly issued in January is legitimate). The contract carries the clerk's confirmation (`confirm`).
 * The same rule tells the proposal when the previous issue's period is too old to follow.
 */
import { differenceInCalendarDays } from 'date-fns';
import { formatChineseDate, parseIsoDate } from './dates';
import type { IssueMeta } from './types';

export const DATE_QUESTION_CODES = ['issuedBeforePeriodEnd', 'periodLongBeforeDate', 'yearDiffersFromDate'] as const;

/** A briefing is issued within two months of its period's end; more is questioned. */
export const MAX_PERIOD_LAG_DAYS = 60;

/** Days from the period's end to the issue date (negative when the period ends later). */
function lagDays(periodEnd: string, issueDate: string): number {
  return differenceInCalendarDays(parseIsoDate(issueDate), parseIsoDate(periodEnd));
}

/**
 * Whether a period ending on `periodEnd` can belong to an issue dated `issueDate` without a question;
 * the proposal follows the previous period only when it is (else it starts as for a first issue).
 */
export function periodNearDate(periodEnd: string, issueDate: string): boolean {
  return lagDays(periodEnd, issueDate) <= MAX_PERIOD_LAG_DAYS;
}
export type DateQuestionCode = (typeof DATE_QUESTION_CODES)[number];

export interface DateQuestion {
  code: DateQuestionCode;
  message: string;
}

export function dateQuestions(meta: Pick<IssueMeta, 'year' | 'issueDate' | 'periodEnd'>): DateQuestion[] {
  const questions: DateQuestion[] = [];
  if (meta.periodEnd !== null && meta.issueDate < meta.periodEnd) {
    questions.push({
      code: 'issuedBeforePeriodEnd',
      message: `印发日期${formatChineseDate(meta.issueDate)}早于时段结束日${formatChineseDate(meta.periodEnd)}：简报通常在所报时段结束后印发。`,
    });
  }
  if (meta.periodEnd !== null && !periodNearDate(meta.periodEnd, meta.issueDate)) {
    questions.push({
      code: 'periodLongBeforeDate',
      message:
        `时段结束日${formatChineseDate(meta.periodEnd)}比印发日期${formatChineseDate(meta.issueDate)}早${lagDays(meta.periodEnd, meta.issueDate)}天` +
        `（超过${MAX_PERIOD_LAG_DAYS}天）：时段可能沿用了往年的一期，请核对时段。`,
    });
  }
  const dateYear = Number(meta.issueDate.slice(0, 4));
  if (dateYear !== meta.year) {
    questions.push({
      code: 'yearDiffersFromDate',
      message:
        `期号的年份是${meta.year}年，印发日期却在${dateYear}年` +
        '（12月的月报在次年1月印发属正常情况；否则期号年份可能填错，今年以来累计也会算到另一年）。',
    });
  }
  return questions;
}

/** The questions the clerk has not yet confirmed; empty = the dates may be stored. */
export function unconfirmedQuestions(
  meta: Pick<IssueMeta, 'year' | 'issueDate' | 'periodEnd'>,
  confirmed: readonly DateQuestionCode[] | undefined,
): DateQuestion[] {
  return dateQuestions(meta).filter((q) => !(confirmed ?? []).includes(q.code));
}

/** The text of the question (and of the refusal when it was not confirmed). */
export function dateQuestionText(questions: readonly DateQuestion[]): string {
  return `请确认日期：${questions.map((q) => q.message).join('')}`;
}

/**
 * What the import review questions before storing a past issue: only its period (after the issue date,
 * or long before it). A 期号 year other than the date's year is how a December monthly is printed in
 * January, and the archive holds many: that is not asked again for each of them.
 */
export function importQuestions(meta: Pick<IssueMeta, 'year' | 'issueDate' | 'periodEnd'>): DateQuestion[] {
  return dateQuestions(meta).filter((q) => q.code !== 'yearDiffersFromDate');
}
