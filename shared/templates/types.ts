/**
 * A series' section template: the ordered sections a new issue starts with. Each section is a
 * numbered heading (its level decides 一、/（一）/1./（1）), default paragraphs, and optionally a block
 * BriefDesk fills in: a generated section (考勤情况, 厅（局）长进大厅), a statistics block of one of
 * the series' metric groups, or the hall-inspection checks (written out as ordinary numbered
 * paragraphs one level below the section, so the clerk edits them like any text).
 *
 * Titles may hold `{年}` and `{月}`: the year and month of the issue's period (of its issue date when
 * it has none), so a monthly's first section reads `2025年2月总体运行情况`.
 */
import type { NumberLevel } from '../document/types';

export interface HallCheck {
  /** 按时到岗情况 */
  label: string;
  /** 总体情况良好 */
  text: string;
}

export type TemplateBlock =
  | { kind: 'attendance' }
  | { kind: 'leaderVisits' }
  | { kind: 'statistics'; groupId: number; form: 'sentence' | 'table' }
  | { kind: 'hallInspection'; checks: HallCheck[] };

export type TemplateBlockKind = TemplateBlock['kind'];

export interface TemplateSection {
  level: NumberLevel;
  title: string;
  /** Default body paragraphs, one per line ('' = none). */
  defaultText: string;
  /**
   * When a new issue is made from the previous one: true copies this section's body as it was
   * (a standing text); false keeps its headings and blocks and clears its news items.
   */
  keepText: boolean;
  block: TemplateBlock | null;
}

export const HALL_CHECK_DEFAULT_TEXT = '总体情况良好';

/** The six checks of 大厅巡查情况, as the weekly has printed them since 2022. */
export const DEFAULT_HALL_CHECKS: readonly HallCheck[] = [
  '按时到岗情况',
  '工作区域标准化执行情况',
  '着装情况',
  '工作牌佩戴情况',
  '纪律秩序',
  '大厅防控情况',
].map((label) => ({ label, text: HALL_CHECK_DEFAULT_TEXT }));

/** The names the UI shows for the block kinds. */
export const TEMPLATE_BLOCK_LABELS: Record<TemplateBlockKind, string> = {
  attendance: '考勤情况（自动生成）',
  leaderVisits: '厅（局）长进大厅（自动生成）',
  statistics: '统计数据',
  hallInspection: '大厅巡查六项',
};

/** Where a new issue's body comes from (新建一期). */
export type NewIssueBody = 'template' | 'previous' | 'blank';
