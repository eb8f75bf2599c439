/** Series and issues as the renderer, the command line and the services see them. */
import type { BriefDocument } from '../document/types';
import type { PrintableClosing } from '../layout/issueView';
import type { LayoutOverrides } from '../layout/overrides';

export type PeriodKind = 'week' | 'month' | 'custom';

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
}

/** What defines an issue apart from its body: the fields of the New-issue form. */
export interface IssueMeta {
  year: number;
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
}

export interface Issue extends IssueSummary {
  document: BriefDocument;
}
