/**
 * The masthead (报头): series title, 期号 line, issuing unit, issue date, part title and period. They
 * sit before the first numbered line in any order extraction left them, some may be lost; each is
 * recognised by its own shape, and the title-like lines left over are placed by where they stand.
 */
import { parseNumberedLine } from '../document/typedNumber';
import type { SourceLine } from './lines';

export interface IssueNumberLine {
  year: number | null;
  number: number;
  totalNumber: number | null;
}

export interface DatePart {
  year: number | null;
  month: number | null;
  day: number | null;
}

export interface Masthead {
  title: string | null;
  issueNumber: IssueNumberLine | null;
  issuer: string | null;
  issueDate: { year: number; month: number; day: number } | null;
  partTitle: string | null;
  period: { start: DatePart; end: DatePart } | null;
  /** How many lines the masthead took; the body starts there. */
  length: number;
}

const ISSUE_NUMBER = /^(?:(\d{4})年)?第(\d{1,4})期(?:（?总第(\d{1,6})期）?)?$/;
const DATE_AT_END = /^(.*?)(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const RANGE = /^（(.+?)(?:—+|–|-|－|~|～|至|到)(.+?)）$/;
const DATE_PART = /^(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?$/;
const MONTH_PERIOD = /^（(?:(\d{4})年)?(\d{1,2})月份?）$/;
const TITLE_LIKE_MAX = 30;
/** The masthead is short; a document without numbered lines must not be read as one. */
const MAX_MASTHEAD_LINES = 10;

function datePart(text: string): DatePart | null {
  const m = DATE_PART.exec(text);
  if (!m || (!m[2] && !m[3])) return null;
  return {
    year: m[1] ? Number(m[1]) : null,
    month: m[2] ? Number(m[2]) : null,
    day: m[3] ? Number(m[3]) : null,
  };
}

export function parsePeriodLine(line: string): Masthead['period'] {
  const month = MONTH_PERIOD.exec(line);
  if (month) {
    const year = month[1] ? Number(month[1]) : null;
    const m = Number(month[2]);
    return { start: { year, month: m, day: null }, end: { year, month: m, day: null } };
  }
  const range = RANGE.exec(line);
  if (!range) return null;
  const start = datePart(range[1] ?? '');
  const end = datePart(range[2] ?? '');
  if (!start || !end || start.day === null) return null;
  return { start, end };
}

function isTitleLike(line: string): boolean {
  return line.length <= TITLE_LIKE_MAX && !/[。；，：！？、]/.test(line) && parseNumberedLine(line) === null;
}

type Kind = 'number' | 'date' | 'period' | 'text';

export function readMasthead(lines: readonly SourceLine[], knownTitles: readonly string[]): Masthead {
  const result: Masthead = {
    title: null,
    issueNumber: null,
    issuer: null,
    issueDate: null,
    partTitle: null,
    period: null,
    length: 0,
  };
  const kinds: { kind: Kind; line: string }[] = [];
  for (const { clean: line } of lines.slice(0, MAX_MASTHEAD_LINES)) {
    const number = ISSUE_NUMBER.exec(line);
    const date = DATE_AT_END.exec(line);
    const period = parsePeriodLine(line);
    if (number && !result.issueNumber) {
      result.issueNumber = {
        year: number[1] ? Number(number[1]) : null,
        number: Number(number[2]),
        totalNumber: number[3] ? Number(number[3]) : null,
      };
      kinds.push({ kind: 'number', line });
    } else if (date && !result.issueDate && (date[1] ?? '').length <= TITLE_LIKE_MAX * 2) {
      result.issueDate = { year: Number(date[2]), month: Number(date[3]), day: Number(date[4]) };
      // The issuer and the date share one line when the two columns were extracted together.
      const before = (date[1] ?? '').trim();
      if (before !== '') result.issuer = before;
      else {
        const previous = kinds[kinds.length - 1];
        if (previous?.kind === 'text' && !knownTitles.includes(previous.line)) {
          previous.kind = 'date'; // consumed as the issuer
          result.issuer = previous.line;
        }
      }
      kinds.push({ kind: 'date', line });
    } else if (period && !result.period) {
      result.period = period;
      kinds.push({ kind: 'period', line });
    } else if (isTitleLike(line) || (line.length <= TITLE_LIKE_MAX * 2 && /(中心|政府|办公室|办公厅|局|厅|委员会)$/.test(line))) {
      kinds.push({ kind: 'text', line });
    } else break;
  }
  // Without a 期号, date or period line there is no masthead to speak of: short lines at the top are
  // the body's, unless one is a series the clerk keeps.
  if (kinds.every((k) => k.kind === 'text')) {
    const known = kinds.findIndex((k) => knownTitles.includes(k.line));
    kinds.splice(known + 1);
  }
  result.length = kinds.length;
  placeTitles(result, kinds, knownTitles);
  return result;
}

/** Title-like lines before the anchor (期号 line, else the first dated line) are the title; after, the part title. */
function placeTitles(result: Masthead, kinds: { kind: Kind; line: string }[], knownTitles: readonly string[]): void {
  const known = kinds.find((k) => k.kind === 'text' && knownTitles.includes(k.line));
  let anchor = kinds.findIndex((k) => k.kind === 'number');
  if (anchor < 0) anchor = kinds.findIndex((k) => k.kind !== 'text');
  if (anchor < 0) anchor = kinds.length;
  const before = kinds.slice(0, anchor).filter((k) => k.kind === 'text' && k !== known);
  const after = kinds.slice(anchor).filter((k) => k.kind === 'text' && k !== known);
  result.title = known?.line ?? before[before.length - 1]?.line ?? null;
  // An issuer on a line of its own without a date next to it: the long unit name after the title.
  if (!result.issuer) {
    const unit = after.find((k) => /(中心|政府|办公室|办公厅|局|厅|委员会)$/.test(k.line));
    if (unit) {
      result.issuer = unit.line;
      after.splice(after.indexOf(unit), 1);
    }
  }
  result.partTitle = after[0]?.line ?? null;
}
