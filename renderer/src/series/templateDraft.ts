/**
 * The template editor's draft: the rows as typed, with a key each so React keeps a row's inputs when
 * rows move. A statistics block may still lack its group (null) — the form asks for one before saving.
 */
import { computeLabels } from '../../../shared/document/numbering';
import { numbered, type NumberLevel } from '../../../shared/document/types';
import { DEFAULT_HALL_CHECKS, type HallCheck, type TemplateSection } from '../../../shared/templates/types';

export type BlockChoice = 'none' | 'attendance' | 'leaderVisits' | 'statistics' | 'hallInspection';

export type BlockDraft =
  | { kind: 'none' }
  | { kind: 'attendance' }
  | { kind: 'leaderVisits' }
  | { kind: 'statistics'; groupId: number | null; form: 'sentence' | 'table' }
  | { kind: 'hallInspection'; checks: HallCheck[] };

export interface SectionDraft {
  key: number;
  level: NumberLevel;
  title: string;
  defaultText: string;
  keepText: boolean;
  block: BlockDraft;
}

export const BLOCK_CHOICES: readonly { value: BlockChoice; label: string }[] = [
  { value: 'none', label: '无' },
  { value: 'attendance', label: '考勤情况' },
  { value: 'leaderVisits', label: '厅（局）长进大厅' },
  { value: 'statistics', label: '统计数据' },
  { value: 'hallInspection', label: '大厅巡查' },
];

export const LEVEL_CHOICES: readonly { value: NumberLevel; label: string }[] = [
  { value: 1, label: '一、' },
  { value: 2, label: '（一）' },
  { value: 3, label: '1.' },
  { value: 4, label: '（1）' },
];

let nextKey = 1;
const newKey = () => nextKey++;

export function blankSection(level: NumberLevel = 1): SectionDraft {
  return { key: newKey(), level, title: '', defaultText: '', keepText: false, block: { kind: 'none' } };
}

export function draftFromSections(sections: readonly TemplateSection[]): SectionDraft[] {
  return sections.map((section) => ({
    key: newKey(),
    level: section.level,
    title: section.title,
    defaultText: section.defaultText,
    keepText: section.keepText,
    block:
      section.block === null
        ? { kind: 'none' }
        : section.block.kind === 'hallInspection'
          ? { kind: 'hallInspection', checks: section.block.checks.map((c) => ({ ...c })) }
          : { ...section.block },
  }));
}

/** The block a new choice starts with: the six checks for 大厅巡查, the first group for 统计数据. */
export function blockFor(choice: BlockChoice, firstGroupId: number | null): BlockDraft {
  switch (choice) {
    case 'statistics':
      return { kind: 'statistics', groupId: firstGroupId, form: 'sentence' };
    case 'hallInspection':
      return { kind: 'hallInspection', checks: DEFAULT_HALL_CHECKS.map((c) => ({ ...c })) };
    default:
      return { kind: choice };
  }
}

/** The number each row prints with (一、 （一） …), counted as the issue will count the headings. */
export function rowLabels(rows: readonly Pick<SectionDraft, 'level' | 'title'>[]): string[] {
  return computeLabels(rows.map((row) => numbered(row.level, row.title))).map((label) => label ?? '');
}

export function moveRow<T>(rows: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row!);
  return next;
}

/** The sections to send, or the first thing the clerk must fix first (a statistics block without a group). */
export function sectionsFromDraft(rows: readonly SectionDraft[]): { sections: TemplateSection[] } | { problem: string } {
  const sections: TemplateSection[] = [];
  for (const [index, row] of rows.entries()) {
    const { block } = row;
    let out: TemplateSection['block'];
    if (block.kind === 'none') out = null;
    else if (block.kind === 'statistics') {
      if (block.groupId === null) return { problem: `第${index + 1}部分选择了统计数据，请选择统计项目。` };
      out = { kind: 'statistics', groupId: block.groupId, form: block.form };
    } else out = block;
    sections.push({ level: row.level, title: row.title.trim(), defaultText: row.defaultText, keepText: row.keepText, block: out });
  }
  return { sections };
}
