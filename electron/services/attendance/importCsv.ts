/**
 * Attendance from a CSV file (Excel's 另存为 CSV is GBK, other tools write UTF-8): columns 姓名, 部门,
 * 类型, 开始, 结束 (and optionally 备注), with or without that header row. All or nothing: every row is
 * checked against the roster, the leave types, the issue's period and the issue's stored entries; any
 * problem refuses the whole file with every bad line named; otherwise the rows are added in one
 * transaction and reported line by line.
 */
import Papa from 'papaparse';
import { checkEntries, type EntryToCheck, type RowProblem } from '../../../shared/attendance/validate';
import type { AttendanceEntryInput, AttendanceImportResult } from '../../../shared/attendance/types';
import { clipRange } from '../../../shared/attendance/workingDays';
import { AppError } from '../../../shared/contract/result';
import { isIsoDate } from '../../../shared/issues/dates';
import type { Db } from '../db/connection';
import { listEntries, replaceEntries } from '../db/attendanceTable';
import { listLeaveTypes } from '../db/leaveTypesTable';
import { decodeText } from '../import/decodeText';
import { requireLive } from '../issues/require';
import { calendarFor, entryDays, loadRoster } from './entries';
import { assertDraft } from '../issues/require';

type Field = 'name' | 'department' | 'type' | 'start' | 'end' | 'note';

const HEADERS: Record<string, Field> = {
  姓名: 'name',
  name: 'name',
  部门: 'department',
  department: 'department',
  类型: 'type',
  请假类型: 'type',
  type: 'type',
  开始: 'start',
  开始日期: 'start',
  start: 'start',
  结束: 'end',
  结束日期: 'end',
  end: 'end',
  备注: 'note',
  note: 'note',
};

/** `2024-06-17`, `2024/6/17` (Excel), `2024.6.17`, `2024年6月17日` → ISO; anything else as typed. */
export function normalizeDate(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!m) return text.trim();
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

interface CsvRow {
  line: number;
  name: string;
  department: string;
  type: string;
  start: string;
  end: string;
  note: string;
}

export function parseAttendanceCsv(bytes: Uint8Array): CsvRow[] {
  const text = decodeText(bytes);
  if (text === null) throw new AppError('INVALID_INPUT', '文件不是 UTF-8 或 GBK 编码的文本（CSV），无法读取。');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const table = parsed.data.map((cells) => cells.map((c) => c.trim()));
  const first = table[0] ?? [];
  const header = first.some((c) => HEADERS[c.toLowerCase()] !== undefined);
  const order: readonly (Field | undefined)[] = header
    ? first.map((c) => HEADERS[c.toLowerCase()])
    : ['name', 'department', 'type', 'start', 'end', 'note'];
  if (header) {
    const missing = (['name', 'type', 'start', 'end'] as const).filter((k) => !order.includes(k));
    if (missing.length > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `表头缺少列：${missing.map((k) => ({ name: '姓名', type: '类型', start: '开始', end: '结束' })[k]).join('、')}`,
      );
    }
  }
  const rows: CsvRow[] = [];
  table.forEach((cells, i) => {
    if (header && i === 0) return;
    if (cells.every((c) => c === '')) return;
    const get = (key: Field) => {
      const index = order.indexOf(key);
      return index >= 0 ? (cells[index] ?? '') : '';
    };
    rows.push({
      line: i + 1,
      name: get('name'),
      department: get('department'),
      type: get('type'),
      start: normalizeDate(get('start')),
      end: normalizeDate(get('end')),
      note: get('note'),
    });
  });
  return rows;
}

/** Checks the file's rows against everything and adds them to the issue's entries, or refuses all. */
export function importAttendanceCsv(db: Db, issueId: number, bytes: Uint8Array): AttendanceImportResult {
  const rows = parseAttendanceCsv(bytes);
  if (rows.length === 0) throw new AppError('INVALID_INPUT', '文件中没有考勤记录。');
  return db
    .transaction(() => {
      const issue = requireLive(db, issueId);
      assertDraft(issue);
      const roster = loadRoster(db);
      const types = listLeaveTypes(db);
      const departmentByName = new Map([...roster.departments.values()].map((d) => [d.name, d]));
      const problems: RowProblem[] = [];
      const resolved = rows.map((r): EntryToCheck & { note: string } => {
        const candidates = [...roster.people.values()].filter((p) => p.name === r.name && p.active);
        const inDepartment =
          r.department === '' ? candidates : candidates.filter((p) => p.departmentId === departmentByName.get(r.department)?.id);
        let personId: number | null = null;
        if (r.department !== '' && !departmentByName.has(r.department)) {
          problems.push({ row: r.line, message: `第${r.line}行：名册中没有部门“${r.department}”` });
        } else if (inDepartment.length === 1) {
          personId = inDepartment[0]!.id;
        } else if (inDepartment.length > 1) {
          problems.push({ row: r.line, message: `第${r.line}行：名册中有 ${inDepartment.length} 位“${r.name}”，请填写部门` });
        }
        const type = types.find((t) => t.name === r.type);
        return {
          personId,
          personLabel: r.department === '' ? r.name : `${r.department}${r.name}`,
          leaveTypeId: type?.id ?? null,
          leaveTypeLabel: r.type,
          start: r.start,
          end: r.end,
          note: r.note,
        };
      });
      // An ambiguous name or an unknown department was already reported: not again as "unknown".
      const reported = new Set(problems.map((p) => p.row));
      const existing = listEntries(db, issueId);
      const existingChecks: EntryToCheck[] = existing.map((e) => ({
        personId: e.personId,
        personLabel: roster.people.get(e.personId)?.name ?? '',
        leaveTypeId: e.leaveTypeId,
        leaveTypeLabel: types.find((t) => t.id === e.leaveTypeId)?.name ?? '',
        start: e.start,
        end: e.end,
      }));
      const rowName = (i: number) => (i < existing.length ? `本期已有的第${i + 1}条记录` : `第${rows[i - existing.length]!.line}行`);
      for (const p of checkEntries([...existingChecks, ...resolved], rowName)) {
        if (p.row <= existing.length) continue;
        const line = rows[p.row - 1 - existing.length]!.line;
        if (reported.has(line) && p.message.includes('名册中没有')) continue;
        problems.push({ row: line, message: p.message });
      }
      for (const r of resolved.keys()) {
        const { start, end } = resolved[r]!;
        const line = rows[r]!.line;
        if (!isIsoDate(start) || !isIsoDate(end) || issue.periodStart === null || issue.periodEnd === null) continue;
        if (!clipRange(start, end, issue.periodStart, issue.periodEnd)) {
          problems.push({ row: line, message: `第${line}行：${start}—${end} 不在本期时段（${issue.periodStart}—${issue.periodEnd}）内` });
        }
      }
      if (problems.length > 0) {
        problems.sort((a, b) => a.row - b.row);
        throw new AppError(
          'INVALID_INPUT',
          `考勤文件有 ${new Set(problems.map((p) => p.row)).size} 行有问题，未导入任何内容：\n${problems.map((p) => p.message).join('\n')}`,
        );
      }
      const added: AttendanceEntryInput[] = resolved.map((r) => ({
        personId: r.personId!,
        leaveTypeId: r.leaveTypeId!,
        start: r.start,
        end: r.end,
        note: r.note,
      }));
      replaceEntries(db, issueId, [
        ...existing.map(({ personId, leaveTypeId, start, end, note }) => ({ personId, leaveTypeId, start, end, note })),
        ...added,
      ]);
      const first = added.reduce((m, e) => (e.start < m ? e.start : m), added[0]!.start);
      const last = added.reduce((m, e) => (e.end > m ? e.end : m), added[0]!.end);
      const calendar = calendarFor(db, first, last);
      return {
        imported: added.length,
        rows: added.map((e, i) => ({
          line: rows[i]!.line,
          text: `${resolved[i]!.personLabel} ${resolved[i]!.leaveTypeLabel} ${e.start}—${e.end}，本期 ${entryDays(e, issue, calendar)} 个工作日`,
        })),
      };
    })
    .immediate();
}
