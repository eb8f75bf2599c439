/**
 * 考勤情况, written from the entries. Pure: the caller resolves names and counts the days.
 *
 * Read off the printed 2024-07-04 issue (§六):
 *   本周累计请假3天以上的有：
 *   年休假：省市场监管局罗莉、农业农村厅罗海信
 *   请病假：水利厅潘艳艳、农业农村厅王毓
 *   因公外出：民政厅游文慧，自然资源厅黎熹，生态环境厅张剑平、杨康年，…，省药监局蒲素、黄顺英。
 * - "累计": a person is listed when their working days of all types together reach the threshold
 *   (王毓 is under 请病假 and 因公外出: neither alone can be 3 days in a five-day week), and then
 *   under every type they had.
 * - Names of one department are joined by 、. Departments are joined by ， when some department of the
 *   line lists several names (、 is then taken), else by 、 (年休假 and 请病假 above) — the usual rule
 *   of Chinese lists with two levels.
 * - Only the last line ends with 。.
 * - Order: the sample is not in one roster order (年休假 puts 省市场监管局 before 农业农村厅, 因公外出
 *   the other way round), so the order is a setting: 'roster' (departments in roster order, names in
 *   roster order) or 'entry' (first appearance in the clerk's entries, as the sample was typed).
 */
import type { AttendanceSettings } from './types';

export interface AttendanceTextRow {
  /** Identifies the person (same-name people of different departments stay apart). */
  personId: number;
  name: string;
  department: string;
  /** Roster positions; used with order 'roster'. */
  departmentRank: number;
  personRank: number;
  leaveType: string;
  /** Working days of this entry inside the period. */
  days: number;
}

export function fillThreshold(template: string, threshold: number): string {
  return template.replaceAll('{n}', String(threshold));
}

interface DepartmentGroup {
  department: string;
  rank: number;
  first: number;
  people: { personId: number; name: string; rank: number; first: number }[];
}

function groupLine(rows: readonly { row: AttendanceTextRow; index: number }[], order: AttendanceSettings['order']) {
  const groups = new Map<string, DepartmentGroup>();
  for (const { row, index } of rows) {
    let group = groups.get(row.department);
    if (!group) {
      group = { department: row.department, rank: row.departmentRank, first: index, people: [] };
      groups.set(row.department, group);
    }
    if (!group.people.some((p) => p.personId === row.personId)) {
      group.people.push({ personId: row.personId, name: row.name, rank: row.personRank, first: index });
    }
  }
  const list = [...groups.values()];
  if (order === 'roster') {
    list.sort((a, b) => a.rank - b.rank || a.first - b.first);
    for (const g of list) g.people.sort((a, b) => a.rank - b.rank || a.first - b.first);
  }
  return list;
}

/** One line per leave type: `因公外出：民政厅游文慧，…` (without the final 。). */
function typeLine(leaveType: string, groups: readonly DepartmentGroup[]): string {
  const pieces = groups.map((g) => `${g.department}${g.people.map((p) => p.name).join('、')}`);
  const separator = groups.some((g) => g.people.length > 1) ? '，' : '、';
  return `${leaveType}：${pieces.join(separator)}`;
}

/**
 * The section's lines: the heading sentence then one line per leave type (in `leaveTypes` order),
 * or the one "nobody" sentence.
 */
export function attendanceLines(
  rows: readonly AttendanceTextRow[],
  leaveTypes: readonly string[],
  settings: Pick<AttendanceSettings, 'threshold' | 'heading' | 'none' | 'order'>,
): string[] {
  const totals = new Map<number, number>();
  for (const row of rows) totals.set(row.personId, (totals.get(row.personId) ?? 0) + row.days);
  const listed = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.days > 0 && (totals.get(row.personId) ?? 0) >= settings.threshold);
  const lines: string[] = [];
  for (const leaveType of leaveTypes) {
    const ofType = listed.filter(({ row }) => row.leaveType === leaveType);
    if (ofType.length > 0) lines.push(typeLine(leaveType, groupLine(ofType, settings.order)));
  }
  if (lines.length === 0) return [fillThreshold(settings.none, settings.threshold)];
  lines[lines.length - 1] += '。';
  return [fillThreshold(settings.heading, settings.threshold), ...lines];
}
