/**
 * 本期待办: what is left before an issue can be printed. The facts come from the records (figures,
 * attendance, visits, the template, the 报尾), the body from the editor as it is now; the items are
 * computed from both by `issueTodo` (issueTodo.ts), so the panel and 定稿's question agree.
 */
import type { GeneratedKind } from '../document/types';
import type { PrintableClosing } from '../layout/issueView';
import type { TemplateSection } from '../templates/types';

/** Whether an issue's records of one kind exist, or the clerk confirmed there are none (本期无请假记录). */
export interface RecordsState {
  count: number;
  confirmedNone: boolean;
}

export interface StatisticsFacts {
  groupId: number;
  groupName: string;
  /** Metrics of the group that print （未填）, by name. */
  unfilled: string[];
  /** 今年以来 resting on missing issues: the year-to-date warnings that say so. */
  missingIssues: string[];
  /** What a block of this group prints with the figures as they are now (a changed 起点 or an earlier issue's figures change it). */
  printed: { lines: string[]; rows: string[][] };
}

/** What the service knows about an issue for its checklist (channel `issues.todoFacts`). */
export interface TodoFacts {
  issueId: number;
  template: TemplateSection[];
  statistics: StatisticsFacts[];
  attendance: RecordsState;
  visits: RecordsState;
  /** The generated sections as the records would write them now. */
  rendered: Record<GeneratedKind, string[]>;
  /** The 报尾 as it will print (the issue's own, else the series'). */
  closing: PrintableClosing | null;
}

/** Where a checklist line takes the clerk. */
export type TodoTarget =
  | { kind: 'block'; index: number }
  | { kind: 'records'; records: GeneratedKind }
  | { kind: 'closing' }
  | { kind: 'proofread' }
  | { kind: 'preview' };

export interface TodoItem {
  /** Stable within one issue: for React keys and tests. */
  id: string;
  text: string;
  target: TodoTarget;
  /** A reminder rather than something missing (预览 not looked at): it does not hold 定稿 back. */
  soft: boolean;
}
