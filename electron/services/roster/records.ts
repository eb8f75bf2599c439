/**
 * From table rows to roster records: find the header row (the first non-empty row, which must name
 * 部门 and 姓名), map the columns by their Chinese names in any order, trim every cell.
 */
import { AppError } from '../../../shared/contract/result';
import { stripXmlInvalid } from '../../../shared/text/xmlText';
import { FORMULA_GUARD, FORMULA_LIKE } from './formulaGuard';
import type { TableRow } from './readTable';

export interface RosterRecord {
  row: number;
  department: string;
  name: string;
  /** Undefined when the file has no 职务 column: titles are then left as stored. */
  title: string | undefined;
  /** Undefined when the file has no 部门全称 column or the cell is empty. */
  fullName: string | undefined;
}

export interface RosterRecords {
  records: RosterRecord[];
  hasTitle: boolean;
  hasFullName: boolean;
}

type Column = 'department' | 'name' | 'title' | 'fullName';

/** Accepted header texts per column (after removing spaces). */
export const HEADER_NAMES: Record<Column, readonly string[]> = {
  department: ['部门', '单位', '部门名称', '单位名称'],
  name: ['姓名', '名字'],
  title: ['职务', '职位', '职务职级'],
  fullName: ['部门全称', '单位全称', '全称'],
};

function normalizeHeader(text: string): string {
  return text.replace(/[\s\uFEFF]/g, '').replace(/[（(].*[）)]$/, '');
}

/**
 * A cell's text as stored: line breaks and tabs inside a cell become a space; other control characters
 * (NUL, BEL — debris of a damaged export) and what XML cannot hold go; the apostrophe our export puts
 * before a formula-like cell (exportXlsx.ts) comes off again.
 */
function clean(text: string | undefined): string {
  const plain = stripXmlInvalid((text ?? '').replace(/\uFEFF/g, '').replace(/[\t\r\n]+/g, ' '))
    .replace(/\p{Cc}/gu, '')
    .trim();
  return plain.startsWith(FORMULA_GUARD) && FORMULA_LIKE.test(plain.slice(1)) ? plain.slice(1) : plain;
}

export function toRosterRecords(rows: readonly TableRow[]): RosterRecords {
  const headerIndex = rows.findIndex((r) => r.cells.some((c) => clean(c) !== ''));
  if (headerIndex < 0)
    throw new AppError('INVALID_INPUT', '文件中没有任何内容。第一行应为表头：部门、姓名、职务（可选）、部门全称（可选）。');
  const header = rows[headerIndex]!;
  const columns = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const text = normalizeHeader(cell);
    for (const [column, names] of Object.entries(HEADER_NAMES) as [Column, readonly string[]][]) {
      if (names.includes(text) && !columns.has(column)) columns.set(column, index);
    }
  });
  const missing = (['department', 'name'] as const).filter((c) => !columns.has(c)).map((c) => HEADER_NAMES[c][0]);
  if (missing.length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `第 ${header.row} 行应为表头，但缺少“${missing.join('”“')}”列。表头应包含：部门、姓名、职务（可选）、部门全称（可选），列的顺序不限。`,
    );
  }
  const at = (cells: string[], column: Column) => {
    const index = columns.get(column);
    return index === undefined ? undefined : clean(cells[index]);
  };
  const records: RosterRecord[] = [];
  for (const r of rows.slice(headerIndex + 1)) {
    if (r.cells.every((c) => clean(c) === '')) continue;
    const fullName = at(r.cells, 'fullName');
    records.push({
      row: r.row,
      department: at(r.cells, 'department') ?? '',
      name: at(r.cells, 'name') ?? '',
      title: columns.has('title') ? (at(r.cells, 'title') ?? '') : undefined,
      fullName: fullName === undefined || fullName === '' ? undefined : fullName,
    });
  }
  return { records, hasTitle: columns.has('title'), hasFullName: columns.has('fullName') };
}
