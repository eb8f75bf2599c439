/**
 * 校对 (proofreading): the findings a leader would notice, computed purely from the document model.
 *
 * A rule sees one segment of text at a time (a block's text, a table cell, a generated or statistics
 * line, a picture's 图注, a 报尾 line) and returns spans with a message and, where the fix is certain,
 * a replacement.
 * Nothing here changes text: fixes are applied by fix.ts (pure strings) or by the editor, and only
 * after checking that the text found is still there.
 */

/** Every rule by id; RULE_NAMES gives the clerk's word for each. */
export type RuleId =
  | 'width'
  | 'quotes'
  | 'spaces'
  | 'doubled'
  | 'ellipsis'
  | 'fullwidthAlnum'
  | 'range'
  | 'brackets'
  | 'unbalanced'
  | 'sequence'
  | 'dateOutside'
  | 'weekday'
  | 'dateForm'
  | 'department'
  | 'title'
  | 'endPunctuation'
  | 'typedNumber';

export const RULE_NAMES: Record<RuleId, string> = {
  width: '半角标点',
  quotes: '直引号',
  spaces: '多余空格',
  doubled: '重复标点',
  ellipsis: '省略号',
  fullwidthAlnum: '全角数字字母',
  range: '起止连接号',
  brackets: '括号全半角',
  unbalanced: '符号不成对',
  sequence: '序号不连续',
  dateOutside: '日期不在本期',
  weekday: '星期不符',
  dateForm: '日期写法',
  department: '部门名称',
  title: '职务不符',
  endPunctuation: '段末无标点',
  typedNumber: '重复编号',
};

/** Where a segment's text lives. Only `block` and `cell` texts are the clerk's to fix in the editor. */
export type SegmentPlace =
  | { kind: 'block'; block: number }
  | { kind: 'cell'; block: number; row: number; column: number }
  | { kind: 'generated'; block: number; line: number }
  | { kind: 'statistics'; block: number; line: number }
  | { kind: 'caption'; block: number }
  | { kind: 'closing'; line: number };

/** What a rule needs to know of its segment besides the text. */
export type SegmentRole = 'paragraph' | 'numberedParagraph' | 'heading' | 'cell' | 'generated' | 'statistics' | 'caption' | 'closing';

export interface Segment {
  place: SegmentPlace;
  role: SegmentRole;
  text: string;
}

/** One span a rule found in a segment's text. */
export interface RuleHit {
  start: number;
  end: number;
  message: string;
  /** The certain (auto) or suggested replacement of text[start, end); absent: the clerk decides. */
  replacement?: string;
}

export interface Finding extends RuleHit {
  rule: RuleId;
  /** In 全部修正: a never-ambiguous fix in text the clerk owns. */
  auto: boolean;
  place: SegmentPlace;
  original: string;
  /** Up to CONTEXT_CHARS characters either side, to show and to recognise the place again. */
  before: string;
  after: string;
  /** Stable across edits elsewhere (no positions): what 忽略 remembers for the issue. */
  key: string;
}

export interface RosterDepartment {
  name: string;
  fullName?: string;
}

export interface RosterPerson {
  name: string;
  title: string;
  department: string;
}

/** What the issue adds to the text: its period and year, the roster, its 报尾 lines. */
export interface ProofreadContext {
  /** ISO dates (yyyy-MM-dd) of the issue's period, when it has one. */
  period?: { start: string; end: string } | null;
  /** ISO date of the issue (for the year of a date written without one, when there is no period). */
  issueDate?: string | null;
  departments?: readonly RosterDepartment[];
  people?: readonly RosterPerson[];
  closingLines?: readonly string[];
}

export interface Rule {
  id: RuleId;
  /** A never-ambiguous rule: its replacements go into 全部修正. */
  auto: boolean;
  /** The roles the rule reads; absent: all. */
  roles?: readonly SegmentRole[];
  find(text: string, role: SegmentRole, context: ProofreadContext): RuleHit[];
}
