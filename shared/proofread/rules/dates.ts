/**
 * Dates in running text. Reported only: a date outside the issue's period, a weekday that does not
 * match its date, and the forms official text does not use — leading zeros (`03月05日`) and numeric
 * dates (`2024-3-5`, `2024.3.5`), each with the written form suggested.
 */
import { matches } from '../chars';
import type { ProofreadContext, Rule, RuleHit } from '../types';

const CN_DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;
const NUMERIC_DATE = /(?<![\d.\-/])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d.\-/])/g;
const WEEKDAY_AFTER = /^[（(](?:星期|周)([一二三四五六日天])[）)]/;
const WEEKDAYS = '日一二三四五六';

function yearOf(context: ProofreadContext): number | null {
  const iso = context.period?.start ?? context.issueDate;
  return iso ? Number(iso.slice(0, 4)) : null;
}

/** Days since 1970 of a valid calendar date, else null (2月30日 is no date). */
function dayNumber(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return t / 86_400_000;
}

function isoDay(iso: string): number | null {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? dayNumber(y, m, d) : null;
}

function mmdd(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${m}月${d}日`;
}

export const dateFormRule: Rule = {
  id: 'dateForm',
  auto: false,
  find(text) {
    const hits: RuleHit[] = [];
    for (const m of matches(CN_DATE, text)) {
      const [, year, month = '', day = ''] = m;
      if (!month.startsWith('0') && !day.startsWith('0')) continue;
      const written = `${year ? `${year}年` : ''}${Number(month)}月${Number(day)}日`;
      hits.push({ start: m.index, end: m.index + m[0].length, replacement: written, message: `日期不用前导零，应为“${written}”` });
    }
    for (const m of matches(NUMERIC_DATE, text)) {
      const [, year = '', , month = '', day = ''] = m;
      if (dayNumber(Number(year), Number(month), Number(day)) === null) continue;
      const written = `${Number(year)}年${Number(month)}月${Number(day)}日`;
      hits.push({ start: m.index, end: m.index + m[0].length, replacement: written, message: `正文日期应写作“${written}”` });
    }
    return hits;
  },
};

export const weekdayRule: Rule = {
  id: 'weekday',
  auto: false,
  find(text, _role, context) {
    const hits: RuleHit[] = [];
    const fallbackYear = yearOf(context);
    for (const m of matches(CN_DATE, text)) {
      const after = WEEKDAY_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 5));
      if (!after) continue;
      const year = m[1] ? Number(m[1]) : fallbackYear;
      if (year === null) continue;
      const days = dayNumber(year, Number(m[2]), Number(m[3]));
      if (days === null) continue;
      // 1970-01-01 was a Thursday.
      const actual = WEEKDAYS[(((days + 4) % 7) + 7) % 7] ?? '';
      const written = after[1] === '天' ? '日' : after[1];
      if (written === actual) continue;
      const start = m.index + m[0].length;
      hits.push({
        start,
        end: start + after[0].length,
        message: `${year}年${Number(m[2])}月${Number(m[3])}日是星期${actual}，不是星期${written}`,
      });
    }
    return hits;
  },
};

/** A date this close to 至/起/以来 is one end of a stated span (今年1月1日至…), not an event of the week. */
const SPAN_WORDS = /^(?:[—-]|至|起|以来|以前|前|开始)/;

export const dateOutsideRule: Rule = {
  id: 'dateOutside',
  auto: false,
  roles: ['paragraph', 'numberedParagraph', 'heading', 'cell'],
  find(text, _role, context) {
    const period = context.period;
    if (!period) return [];
    const from = isoDay(period.start);
    const to = isoDay(period.end);
    const year = Number(period.start.slice(0, 4));
    if (from === null || to === null) return [];
    const hits: RuleHit[] = [];
    for (const m of matches(CN_DATE, text)) {
      const end = m.index + m[0].length;
      if (SPAN_WORDS.test(text.slice(end, end + 2)) || /(?:至|—|-)$/.test(text.slice(0, m.index))) continue;
      const days = dayNumber(m[1] ? Number(m[1]) : year, Number(m[2]), Number(m[3]));
      if (days === null || (days >= from && days <= to)) continue;
      hits.push({ start: m.index, end, message: `日期不在本期时段（${mmdd(period.start)}—${mmdd(period.end)}）内` });
    }
    return hits;
  },
};
