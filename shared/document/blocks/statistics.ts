/**
 * A statistics block: the figures of one of the series' metric groups in this issue, printed as a
 * sentence (本周，共计咨询2046人次…。今年以来，累计…。) or as a table. The figures live in the database
 * (issue_figures) where the year-to-date totals are computed; `lines` and `rows` are the last rendered
 * text, kept with the document like a generated section's lines, so a finalized issue prints as it was.
 */
import { z } from 'zod';
import { toPrintTable } from '../../layout/table';
import { xmlText } from '../../text/xmlText';
import { tableLines } from '../table';
import type { BlockModule } from './module';
import { printLines } from './print';
import { dropForeignKeys, voidChildrenSchema, type StyledText } from './text';

export interface StatisticsElement {
  type: 'statistics';
  /** The metric group (MetricGroup.id) of the series. */
  groupId: number;
  form: 'sentence' | 'table';
  /** Sentence form as printed. */
  lines: string[];
  /** Table form as printed: header row first. */
  rows: string[][];
  children: StyledText[];
}

export function statistics(groupId: number, form: StatisticsElement['form'] = 'sentence'): StatisticsElement {
  return { type: 'statistics', groupId, form, lines: [], rows: [], children: [{ text: '' }] };
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

const OWN_KEYS = ['groupId', 'form', 'lines', 'rows'] as const;

export const statisticsBlock: BlockModule<StatisticsElement> = {
  type: 'statistics',
  isVoid: true,
  keys: OWN_KEYS,
  schema: (limits) =>
    z.strictObject({
      type: z.literal('statistics'),
      groupId: z.int().positive().max(Number.MAX_SAFE_INTEGER),
      form: z.enum(['sentence', 'table']),
      lines: z.array(xmlText().max(limits.textPerLeaf)).max(limits.generatedLines),
      rows: z.array(z.array(xmlText().max(limits.cellChars)).max(limits.tableColumns)).max(limits.tableRows),
      children: voidChildrenSchema(limits, '统计段落不能含有文字'),
    }),
  normalize(raw, repair, foreign) {
    // Without a usable group id it can no longer be rendered from the figures: it becomes a paragraph.
    if (typeof raw.groupId !== 'number' || !Number.isSafeInteger(raw.groupId) || raw.groupId <= 0) {
      return repair.update({ type: 'paragraph' }, OWN_KEYS);
    }
    if (raw.form !== 'sentence' && raw.form !== 'table') {
      return repair.update({ form: 'sentence' });
    }
    if (!isStringArray(raw.lines)) {
      return repair.update({ lines: [] });
    }
    if (!Array.isArray(raw.rows) || !raw.rows.every(isStringArray)) {
      return repair.update({ rows: [] });
    }
    return dropForeignKeys(raw, repair, foreign) || repair.voidChildren();
  },
  lines: (block) => (block.form === 'table' ? tableLines(block) : block.lines),
  segments: (block, index) =>
    block.form === 'table'
      ? block.rows.flatMap((row, r) =>
          row.map((text, c) => ({ place: { kind: 'statistics', block: index, line: r * 1000 + c }, role: 'statistics', text })),
        )
      : block.lines.map((text, line) => ({ place: { kind: 'statistics', block: index, line }, role: 'statistics', text })),
  print(block) {
    if (block.form === 'sentence') return printLines(block.lines);
    if (block.rows.length === 0) return [];
    return [{ kind: 'table', level: null, label: null, runs: [], table: toPrintTable({ rows: block.rows, headerRows: 1 }) }];
  },
  // Figures are per issue: last week's must not print as this week's.
  carried: (block) => ({ ...block, lines: [], rows: [] }),
  kept: (block) => ({ ...block, lines: [], rows: [] }),
};
