/**
 * 从往期补充名册: departments, people and titles read off the 考勤情况 and 厅（局）长进大厅 sections of
 * stored issues, as the printed text has them:
 * - 考勤: `年休假：省市场监管局罗莉、农业农村厅罗海信` — a department then names, 、/， between them;
 *   a name without a department belongs to the one before (`生态环境厅张剑平、杨康年`);
 * - 进大厅: `本周，商务厅党组成员、副厅长尹奇志，科技厅二级巡视员高量，…到省政务服务大厅窗口调研值守。`
 *   or a dated item `（1）8月23日，自然资源厅党组成员、机关党委书记谢安军到自然资源窗口调研值守。` —
 *   department, title, name (`同志` dropped), people separated by ，.
 * Known department names (the roster's) are matched first, longest first; otherwise a department is
 * the text up to its first 厅/局/委/办/院/会/署/行/社. A name is the last two or three characters,
 * three when what is before them ends like a title (…长, …员, …记, …任). Every step is one pass over
 * the text; what cannot be split is returned as unread, never guessed further.
 */
import { blockLines, blockText, type BlockElement } from '../document/types';

export type SectionKind = 'attendance' | 'leaderVisits';

export interface FoundPerson {
  department: string;
  name: string;
  /** '' where the text gives none (考勤). */
  title: string;
  kind: SectionKind;
}

export interface SectionScan {
  people: FoundPerson[];
  /** Pieces of text that looked like a person but could not be split into department and name. */
  unread: string[];
}

const ATTENDANCE_HEADING = /考勤/;
const VISITS_HEADING = /长进大厅|进大厅/;
const DEPARTMENT_END = /[厅局委办院会署行社]/;
const TITLE_END = /[长员记任师官监理席察]$/;
const NAME = /^[\u4e00-\u9fa5·]{2,4}$/;

function headingKind(text: string): SectionKind | null {
  if (VISITS_HEADING.test(text)) return 'leaderVisits';
  if (ATTENDANCE_HEADING.test(text)) return 'attendance';
  return null;
}

/**
 * The text of each 考勤 / 进大厅 section of a body, one string per section. A section runs from its
 * numbered heading to the next numbered block of the same or a higher level; a generated block of
 * either kind counts on its own. Lines broken mid-sentence (a PDF-like text) are joined back.
 */
export function sectionTexts(blocks: readonly BlockElement[]): { kind: SectionKind; lines: string[] }[] {
  const sections: { kind: SectionKind; lines: string[] }[] = [];
  let open: { kind: SectionKind; level: number; lines: string[] } | null = null;
  for (const block of blocks) {
    if (block.type === 'numbered') {
      if (open && block.level <= open.level) open = null;
      const text = blockText(block);
      // A heading is short and no sentence: a visit item may quote 厅长进大厅 itself.
      const kind = text.length <= 20 && !/[。，,]/.test(text) ? headingKind(text) : null;
      if (kind) {
        open = { kind, level: block.level, lines: [] };
        sections.push(open);
        continue;
      }
    }
    if (block.type === 'generated') {
      sections.push({ kind: block.kind, lines: [...block.lines] });
      continue;
    }
    if (open && (block.type === 'paragraph' || block.type === 'numbered')) open.lines.push(...blockLines(block));
  }
  return sections.map((s) => ({ kind: s.kind, lines: rejoin(s.lines) }));
}

/** Joins a line to the next one when it stops mid-sentence and the next does not start an item. */
function rejoin(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.replace(/\*\*/g, '').replace(/\s+/g, '');
    if (line === '') continue;
    const startsItem = /^([（(]\d+[）)]|\d+[.．、]|\d{1,2}月\d{1,2}日|[\u4e00-\u9fa5]{2,5}[：:])/.test(line);
    if (current !== '' && (startsItem || /[。；：:]$/.test(current))) {
      out.push(current);
      current = '';
    }
    current += line;
  }
  if (current !== '') out.push(current);
  return out;
}

/** The known department a text starts with (longest name first), else one guessed from its ending. */
function splitDepartment(text: string, known: readonly string[]): [string, string] | null {
  for (const name of known) if (text.startsWith(name) && text.length > name.length) return [name, text.slice(name.length)];
  const end = DEPARTMENT_END.exec(text);
  if (!end || end.index < 1 || end.index > 12) return null;
  const at = end.index + 1;
  return at < text.length ? [text.slice(0, at), text.slice(at)] : null;
}

/** Title and name: the name is three characters when what precedes them ends like a title, else two. */
function splitTitleName(text: string): [string, string] | null {
  const clean = text.replace(/同志$/, '');
  for (const length of [3, 2]) {
    const title = clean.slice(0, clean.length - length);
    const name = clean.slice(clean.length - length);
    if (title !== '' && TITLE_END.test(title) && NAME.test(name)) return [title, name];
  }
  return null;
}

function scanAttendanceLine(line: string, known: readonly string[], into: SectionScan): void {
  const colon = line.search(/[：:]/);
  if (colon < 0 || colon > 8) return; // the lead sentence or 本周无请假3天以上人员。
  let department: string | null = null;
  for (const piece of line.slice(colon + 1).split(/[，、；。,;]/)) {
    const item = piece.trim();
    if (item === '') continue;
    const split = splitDepartment(item, known);
    if (split && NAME.test(split[1])) {
      department = split[0];
      into.people.push({ department, name: split[1], title: '', kind: 'attendance' });
    } else if (department && NAME.test(item)) {
      into.people.push({ department, name: item, title: '', kind: 'attendance' });
    } else {
      into.unread.push(item);
    }
  }
}

/** What a visit sentence says before its verb: `商务厅党组成员、副厅长尹奇志，科技厅二级巡视员高量`. */
function visitSubjects(line: string): string | null {
  const body = line
    .replace(/^([（(]\d+[）)]|\d+[.．、])/, '')
    .replace(/^(\d{1,2}月\d{1,2}日|本周|本月|近日|同日|当日)[，,]?/, '')
    .replace(/^(\d{1,2}月\d{1,2}日)[，,]?/, '');
  const verb = /(同志)?(来到|到|赴|莅临|深入|前往|开展|在)/.exec(body);
  return verb && verb.index > 0 ? body.slice(0, verb.index) : null;
}

function scanVisitLine(line: string, known: readonly string[], into: SectionScan): void {
  const subjects = visitSubjects(line);
  if (!subjects) return;
  for (const piece of subjects.split(/[，,；;]/)) {
    const item = piece.trim();
    if (item === '') continue;
    const department = splitDepartment(item, known);
    const person = department && splitTitleName(department[1]);
    if (department && person) into.people.push({ department: department[0], title: person[0], name: person[1], kind: 'leaderVisits' });
    else into.unread.push(item);
  }
}

/** People found in the sections of one body; `known` are the roster's department names. */
export function scanSections(blocks: readonly BlockElement[], known: readonly string[]): SectionScan {
  const longestFirst = [...known].sort((a, b) => b.length - a.length);
  const scan: SectionScan = { people: [], unread: [] };
  for (const section of sectionTexts(blocks)) {
    for (const line of section.lines) {
      if (section.kind === 'attendance') scanAttendanceLine(line, longestFirst, scan);
      else scanVisitLine(line, longestFirst, scan);
    }
  }
  return scan;
}
