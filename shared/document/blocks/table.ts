/**
 * The table block's module. Its shape and the pure edits of its cells live in ../table.ts (the editor's
 * TableBlock.tsx and tableCommands.ts use them); here are its schema, normaliser and outputs.
 */
import { z } from 'zod';
import { toPrintTable } from '../../layout/table';
import { xmlText } from '../../text/xmlText';
import { repairTableFields, tableLines, type TableElement } from '../table';
import type { DocumentLimits } from './limits';
import type { BlockModule } from './module';
import { dropOtherKeys, voidChildrenSchema } from './text';

function firstRowLength(rows: unknown): number {
  return Array.isArray(rows) && Array.isArray(rows[0]) ? rows[0].length : 0;
}

function sameRowLengths(rows: unknown): boolean {
  if (!Array.isArray(rows)) return true;
  const width = firstRowLength(rows);
  return rows.every((row) => Array.isArray(row) && row.length === width);
}

function tableSchema(limits: DocumentLimits) {
  const cell = xmlText().max(limits.cellChars, { error: `表格单元格不能超过${limits.cellChars}字` });
  return (
    z
      .strictObject({
        type: z.literal('table'),
        rows: z
          .array(
            z
              .array(cell)
              .min(1)
              .max(limits.tableColumns, { error: `表格不能超过${limits.tableColumns}列` }),
          )
          .min(1, { error: '表格至少要有一行' })
          .max(limits.tableRows, { error: `表格不能超过${limits.tableRows}行` }),
        headerRows: z.union([z.literal(0), z.literal(1)]),
        columnWidths: z.array(z.number().positive().finite()).max(limits.tableColumns).optional(),
        children: voidChildrenSchema(limits, '表格不能含有表格外的文字'),
      })
      // zod runs these refinements even when a field above already failed (rows: [], a row that is not
      // an array), so they read the value defensively: a malformed table is refused, never a crash.
      .refine((t) => sameRowLengths(t.rows), { error: '表格每行的单元格数应相同' })
      .refine((t) => t.columnWidths === undefined || !Array.isArray(t.columnWidths) || t.columnWidths.length === firstRowLength(t.rows), {
        error: '表格列宽的个数应与列数相同',
      })
  );
}

const OWN_KEYS = ['rows', 'headerRows', 'columnWidths'] as const;

export const tableBlock: BlockModule<TableElement> = {
  type: 'table',
  isVoid: true,
  keys: OWN_KEYS,
  schema: (limits) => tableSchema(limits) as z.ZodType<TableElement>,
  /**
   * A table keeps a rectangle of plain-text cells within the limits, headerRows 0 or 1, column widths
   * that match its columns or none, no keys of other blocks, and exactly one empty leaf.
   */
  normalize(raw, repair) {
    if (dropOtherKeys(raw, repair, OWN_KEYS)) return true;
    const patch = repairTableFields(raw);
    if (patch) {
      const { columnWidths, ...rest } = patch;
      // columnWidths: undefined in the patch means "drop them".
      const set = columnWidths === undefined ? rest : { ...rest, columnWidths };
      return repair.update(set, 'columnWidths' in patch && columnWidths === undefined ? ['columnWidths'] : []);
    }
    return repair.voidChildren();
  },
  lines: (block) => tableLines(block),
  segments: (block, index) =>
    block.rows.flatMap((row, r) =>
      row.map((text, c) => ({ place: { kind: 'cell', block: index, row: r, column: c }, role: 'cell', text })),
    ),
  print: (block) => [{ kind: 'table', level: null, label: null, runs: [], table: toPrintTable(block) }],
  // A table's shape and its standing cells (the row heads) are what the next issue fills in again.
  carried: (block) => block,
  kept: (block) => block,
};
