/**
 * Checks a whole list of attendance entries before anything is stored (all or nothing). Every problem
 * is reported with the row it is on (第N行, counting from 1), in Chinese, so the clerk can fix them all
 * in one pass.
 */
import { isIsoDate } from '../issues/dates';

export interface EntryToCheck {
  personId: number | null;
  /** How the row named the person, for the message (the roster name or what was typed). */
  personLabel: string;
  leaveTypeId: number | null;
  leaveTypeLabel: string;
  start: string;
  end: string;
}

export interface RowProblem {
  /** 1-based row number. */
  row: number;
  message: string;
}

/**
 * `rowName` names a row in messages (第3行 by default; an import names the file's lines, and entries
 * already stored another way).
 */
export function checkEntries(
  entries: readonly EntryToCheck[],
  rowName: (index: number) => string = (index) => `第${index + 1}行`,
): RowProblem[] {
  const problems: RowProblem[] = [];
  const seen: { row: number; personId: number; leaveTypeId: number; start: string; end: string }[] = [];
  entries.forEach((e, i) => {
    const row = i + 1;
    const at = rowName(i);
    const before = problems.length;
    if (e.personId === null) {
      problems.push({
        row,
        message: e.personLabel.trim() === '' ? `${at}：未填写人员` : `${at}：名册中没有“${e.personLabel}”`,
      });
    }
    if (e.leaveTypeId === null) {
      problems.push({
        row,
        message: e.leaveTypeLabel.trim() === '' ? `${at}：未填写请假类型` : `${at}：没有“${e.leaveTypeLabel}”这种请假类型`,
      });
    }
    const datesOk = isIsoDate(e.start) && isIsoDate(e.end);
    if (!isIsoDate(e.start)) problems.push({ row, message: `${at}：开始日期“${e.start}”无效` });
    if (!isIsoDate(e.end)) problems.push({ row, message: `${at}：结束日期“${e.end}”无效` });
    if (datesOk && e.end < e.start) {
      problems.push({ row, message: `${at}：结束日期 ${e.end} 早于开始日期 ${e.start}` });
    }
    if (problems.length > before || e.personId === null || e.leaveTypeId === null) return;
    const clash = seen.find((s) => s.personId === e.personId && s.leaveTypeId === e.leaveTypeId && s.start <= e.end && e.start <= s.end);
    if (clash) {
      const same = clash.start === e.start && clash.end === e.end;
      problems.push({
        row,
        message: `${at}：${e.personLabel}的${e.leaveTypeLabel}与${rowName(clash.row - 1)}${same ? '重复' : '日期重叠'}`,
      });
      return;
    }
    seen.push({ row, personId: e.personId, leaveTypeId: e.leaveTypeId, start: e.start, end: e.end });
  });
  return problems;
}
