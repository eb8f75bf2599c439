/** Series and issues as the renderer, the command line and the services see them. */
import type { BriefDocument } from '../document/types';
import type { PrintableClosing } from '../layout/issueView';
import type { LayoutOverrides } from '../layout/overrides';

export type PeriodKind = 'week' | 'month' | 'custom';

/**
 * How the print run `（共印N份）` is found: typed into the 报尾 (null), or the sum of copies per
 * recipient (a 中心领导 6 份, 各部门窗口 60 份, …). With a plan the series' 报尾 prints its sum.
 */
export interface CopyPlan {
  recipients: { name: string; copies: number }[];
}

/** draft: being written; final: locked as printed (定稿). Reopening is recorded (issue_status_log). */
export type IssueStatus = 'draft' | 'final';

export interface Series {
  id: number;
  title: string; // 窗口工作周报
  issuer: string; // 四川省政府政务服务和公共资源交易服务中心
  periodKind: PeriodKind;
  /** Whether the 期号 line carries a running total: `2022年第28期（总第403期）` vs `第2期`. */
  hasTotal: boolean;
  /** Optional part title printed above the period line, e.g. 政务服务工作. */
  partTitle: string | null;
  /** What the series changes of the standard print layout; null = the standard (恢复默认). */
  layout: LayoutOverrides | null;
  /** The series' default 报尾 (报/送/发 lines and copies); an issue may override it. null = none. */
  closing: PrintableClosing | null;
  /** Whether the period line `（8月22日—8月26日）` is printed under the masthead. */
  printPeriod: boolean;
  /** Copies per recipient; when set, the default 报尾's print run is their sum. */
  copyPlan: CopyPlan | null;
}

/** What the series settings form edits (the layout and the 报尾 have their own channels). */
export type SeriesSettings = Pick<Series, 'title' | 'issuer' | 'periodKind' | 'hasTotal' | 'partTitle' | 'printPeriod' | 'copyPlan'>;

/** What defines an issue apart from its body: the fields of the New-issue form. */
export interface IssueMeta {
  year: number;
  /** 增刊: numbered on its own within the year (`2024年增刊第1期`), never with a running total. */
  supplement: boolean;
  number: number;
  totalNumber: number | null;
  issueDate: string; // YYYY-MM-DD
  periodStart: string | null; // YYYY-MM-DD
  periodEnd: string | null; // YYYY-MM-DD
  partTitle: string | null;
}

export interface IssueSummary extends IssueMeta {
  id: number;
  seriesId: number;
  revision: number;
  createdAt: string; // ISO timestamp
  updatedAt: string;
  deletedAt: string | null;
  status: IssueStatus;
  /** When the issue was last finalized (定稿); null while it is a draft. */
  finalizedAt: string | null;
}

export interface Issue extends IssueSummary {
  document: BriefDocument;
}
