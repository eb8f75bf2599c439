/**
 * The items of 本期待办, in the order the clerk meets them in the issue: template sections and the
 * blocks inside the body first (by their place), then the records behind the generated sections,
 * 校对, the 报尾 and the soft reminder to look at the preview. Nothing left → an empty list.
 * Linear in the body: one pass to find the sections, one over the blocks.
 */
import { blockText, type BlockElement, type GeneratedKind } from '../document/types';
import { formatCopies, type PrintableClosing } from '../layout/issueView';
import { titleMatches } from '../templates/titles';
import { printsSameFigures } from '../statistics/text';
import type { TemplateSection } from '../templates/types';
import type { TodoFacts, TodoItem } from './types';

export interface TodoInput {
  /** The body as the editor holds it now (unsaved edits included). */
  blocks: readonly BlockElement[];
  facts: TodoFacts;
  /** Open 校对 findings; undefined while there is no 校对 to count them. */
  proofFindings?: number;
  /** Whether 预览 was looked at since the last change; undefined = not tracked. */
  previewSeen?: boolean;
}

const RECORD_NAMES: Record<GeneratedKind, string> = { attendance: '考勤', leaderVisits: '厅（局）长进大厅' };

const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((l, i) => l === b[i]);

const isHeading = (b: BlockElement): b is Extract<BlockElement, { type: 'numbered' }> => b.type === 'numbered' && b.display === 'heading';

/** Whether a block prints anything of its own (an empty paragraph the editor keeps does not). */
function hasContent(block: BlockElement): boolean {
  if (block.type === 'paragraph' || block.type === 'numbered') return blockText(block).trim() !== '';
  return true;
}

const textLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/**
 * A template section in the body: its heading's index and the blocks up to the next heading of the
 * same or a higher level. Sections the clerk deleted are not looked for.
 */
function sectionItems(blocks: readonly BlockElement[], template: readonly TemplateSection[]): TodoItem[] {
  const items: TodoItem[] = [];
  const used = new Set<number>();
  for (const section of template) {
    const index = blocks.findIndex(
      (b, i) => !used.has(i) && isHeading(b) && b.level === section.level && titleMatches(section.title, blockText(b)),
    );
    if (index < 0) continue;
    used.add(index);
    const heading = blocks[index] as Extract<BlockElement, { type: 'numbered' }>;
    let end = index + 1;
    while (end < blocks.length) {
      const b = blocks[end]!;
      if (isHeading(b) && b.level <= section.level) break;
      end += 1;
    }
    const body = blocks.slice(index + 1, end).filter(hasContent);
    const title = blockText(heading).trim();
    if (body.length === 0) {
      items.push({ id: `section-empty-${index}`, text: `“${title}”还没有内容`, target: { kind: 'block', index }, soft: false });
      continue;
    }
    // A section whose text is not carried over is news to be written each issue: the template's
    // default text left as it was means it was not written yet.
    const defaults = textLines(section.defaultText);
    if (section.keepText || defaults.length === 0 || section.block !== null) continue;
    const written = body.filter((b) => b.type === 'paragraph' || b.type === 'numbered').map((b) => blockText(b).trim());
    if (written.length === body.length && sameLines(written, defaults)) {
      items.push({
        id: `section-default-${index}`,
        text: `“${title}”仍是模板的默认文字，尚未改写`,
        target: { kind: 'block', index },
        soft: false,
      });
    }
  }
  return items;
}

function blockItems(blocks: readonly BlockElement[], facts: TodoFacts): TodoItem[] {
  const items: TodoItem[] = [];
  const groups = new Map(facts.statistics.map((s) => [s.groupId, s]));
  blocks.forEach((block, index) => {
    if (block.type === 'statistics') {
      const group = groups.get(block.groupId);
      if (!group) return;
      if (group.unfilled.length > 0) {
        items.push({
          id: `statistics-unfilled-${index}`,
          text: `统计“${group.groupName}”：${group.unfilled.join('、')}未填写，将印为“（未填）”`,
          target: { kind: 'block', index },
          soft: false,
        });
      }
      group.missingIssues.forEach((warning, n) =>
        items.push({ id: `statistics-missing-${index}-${n}`, text: `统计：${warning}`, target: { kind: 'block', index }, soft: false }),
      );
      // Written before the figures it rests on changed (an earlier issue's figures, the year's 起点):
      // it still prints the old numbers until 更新. An empty block fills itself when opened.
      const written = block.lines.length > 0 || block.rows.length > 0;
      if (written && !printsSameFigures(block, group.printed)) {
        items.push({
          id: `statistics-stale-${index}`,
          text: `统计“${group.groupName}”：数字已变化，印出的仍是旧数字，请点“更新”`,
          target: { kind: 'block', index },
          soft: false,
        });
      }
    }
    if (block.type === 'generated' && !sameLines(block.lines, facts.rendered[block.kind])) {
      items.push({
        id: `generated-changed-${index}`,
        text: `${RECORD_NAMES[block.kind]}：记录已变化，自动段落尚未更新`,
        target: { kind: 'block', index },
        soft: false,
      });
    }
  });
  return items;
}

function recordItems(blocks: readonly BlockElement[], facts: TodoFacts): TodoItem[] {
  const kinds = new Set(blocks.filter((b) => b.type === 'generated').map((b) => (b as { kind: GeneratedKind }).kind));
  const items: TodoItem[] = [];
  if (kinds.has('attendance') && facts.attendance.count === 0 && !facts.attendance.confirmedNone) {
    items.push({
      id: 'records-attendance',
      text: '考勤：本期还没有录入请假记录，也未确认“本期无请假记录”',
      target: { kind: 'records', records: 'attendance' },
      soft: false,
    });
  }
  if (kinds.has('leaderVisits') && facts.visits.count === 0 && !facts.visits.confirmedNone) {
    items.push({
      id: 'records-leaderVisits',
      text: '厅（局）长进大厅：本期还没有录入记录，也未确认“本期无人进大厅”',
      target: { kind: 'records', records: 'leaderVisits' },
      soft: false,
    });
  }
  return items;
}

function closingItems(closing: PrintableClosing | null): TodoItem[] {
  if (closing === null || closing.lines.length === 0) {
    return [{ id: 'closing-none', text: '报尾：没有报、送、发，本期将不印报尾', target: { kind: 'closing' }, soft: false }];
  }
  if (closing.copies === null) {
    return [{ id: 'closing-copies', text: '印数：未填写，报尾将不印“（共印N份）”', target: { kind: 'closing' }, soft: false }];
  }
  return [];
}

export function issueTodo({ blocks, facts, proofFindings, previewSeen }: TodoInput): TodoItem[] {
  const items = [...sectionItems(blocks, facts.template), ...blockItems(blocks, facts)];
  // Sections and blocks in the order they stand in the body.
  items.sort((a, b) => (a.target.kind === 'block' ? a.target.index : 0) - (b.target.kind === 'block' ? b.target.index : 0));
  items.push(...recordItems(blocks, facts));
  if (proofFindings !== undefined && proofFindings > 0) {
    items.push({ id: 'proofread', text: `校对：还有${proofFindings}处问题未处理`, target: { kind: 'proofread' }, soft: false });
  }
  items.push(...closingItems(facts.closing));
  if (previewSeen === false) {
    items.push({ id: 'preview', text: '预览：最近一次修改后还没有看过分页预览', target: { kind: 'preview' }, soft: true });
  }
  return items;
}

/** The 报尾 as it will print, line by line: 报：… 送：… 发：… （共印80份）. */
export function closingAsPrinted(closing: PrintableClosing | null): string[] {
  if (closing === null) return [];
  return [...closing.lines.map((l) => `${l.label}：${l.text}`), ...(closing.copies !== null ? [formatCopies(closing.copies)] : [])];
}
