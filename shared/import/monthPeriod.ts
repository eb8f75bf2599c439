/**
 * The period of a monthly that prints no period line (issue 10.4): its month, read from the first
 * section that names one (`一、2025年2月全省政务服务总体情况`), else — for a series kept monthly (每月)
 * or a 月报 title — from the issue's number and date: 第2期 dated in March covers February; a number
 * that cannot be its month (its month ends after the issue date) gives the month before the date.
 */
import { lastDayOfMonth } from 'date-fns';
import type { BlockElement } from '../document/types';
import { blockText } from '../document/types';
import { toIsoDate } from '../issues/dates';
import { isoOf } from './period';

const MONTH_IN_TEXT = /(\d{4})年(\d{1,2})月(?!\d{1,2}日)/;
/** The first blocks are where a monthly names its month; a month deep in the body is news. */
const SEARCH_BLOCKS = 6;

export function monthRange(year: number, month: number): [string, string] | null {
  const first = isoOf(year, month, 1);
  return first ? [first, toIsoDate(lastDayOfMonth(new Date(year, month - 1, 1)))] : null;
}

export interface MonthPeriod {
  period: [string, string];
  /** Where it came from, for the warning the clerk checks. */
  source: string;
}

export function monthFromBody(blocks: readonly BlockElement[]): MonthPeriod | null {
  for (const block of blocks.slice(0, SEARCH_BLOCKS)) {
    if (block.type !== 'numbered' || block.display !== 'heading') continue;
    const text = blockText(block);
    const m = MONTH_IN_TEXT.exec(text);
    const period = m ? monthRange(Number(m[1]), Number(m[2])) : null;
    if (period) return { period, source: `正文标题“${text}”` };
  }
  return null;
}

export function monthFromNumber(number: number | null, issueDate: string | null): MonthPeriod | null {
  if (!issueDate) return null;
  const year = Number(issueDate.slice(0, 4));
  const month = Number(issueDate.slice(5, 7));
  if (number !== null && number >= 1 && number <= 12) {
    const byNumber = monthRange(year, number);
    if (byNumber && byNumber[1] <= issueDate) return { period: byNumber, source: `月报第${number}期` };
  }
  const previous = month === 1 ? monthRange(year - 1, 12) : monthRange(year, month - 1);
  return previous ? { period: previous, source: '印发日期的上一个月' } : null;
}
