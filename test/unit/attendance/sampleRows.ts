/**
 * The entries behind the printed 2024-07-04 issue §六 (week 6月17日—6月21日) and the visits behind
 * §二 of 2024-03-29 and 2024-07-04, with the text those issues print (extraction noise removed:
 * the space in `请假 3天`, the line breaks inside 张剑平 and 张皓东, the page numbers after it).
 */
import type { AttendanceTextRow } from '../../../shared/attendance/attendanceText';
import type { VisitTextRow } from '../../../shared/attendance/visitsText';

/** Departments in the official order of the provincial government (组成部门, then 直属机构). */
export const OFFICIAL_ORDER = [
  '民政厅',
  '自然资源厅',
  '生态环境厅',
  '水利厅',
  '农业农村厅',
  '省卫生健康委',
  '应急管理厅',
  '省市场监管局',
  '省林草局',
  '省药监局',
];

/** [name, department, leave type, working days in the week], in the order the sample prints them. */
const ENTRIES: [string, string, string, number][] = [
  ['罗莉', '省市场监管局', '年休假', 3],
  ['罗海信', '农业农村厅', '年休假', 5],
  ['潘艳艳', '水利厅', '请病假', 4],
  ['王毓', '农业农村厅', '请病假', 2],
  ['游文慧', '民政厅', '因公外出', 3],
  ['黎熹', '自然资源厅', '因公外出', 5],
  ['张剑平', '生态环境厅', '因公外出', 3],
  ['杨康年', '生态环境厅', '因公外出', 3],
  ['王毓', '农业农村厅', '因公外出', 3],
  ['付世杰', '省卫生健康委', '因公外出', 4],
  ['邱艳婷', '省卫生健康委', '因公外出', 4],
  ['徐江林', '省卫生健康委', '因公外出', 4],
  ['罗兴炳', '应急管理厅', '因公外出', 3],
  ['魏素华', '省市场监管局', '因公外出', 5],
  ['张皓东', '省林草局', '因公外出', 3],
  ['钟诚懿', '省林草局', '因公外出', 3],
  ['刘瑁', '省林草局', '因公外出', 3],
  ['蒲素', '省药监局', '因公外出', 5],
  ['黄顺英', '省药监局', '因公外出', 5],
];

export function sampleRows(): AttendanceTextRow[] {
  const ids = new Map<string, number>();
  return ENTRIES.map(([name, department, leaveType, days], i) => {
    const key = `${department}/${name}`;
    if (!ids.has(key)) ids.set(key, ids.size + 1);
    return {
      personId: ids.get(key)!,
      name,
      department,
      departmentRank: OFFICIAL_ORDER.indexOf(department),
      personRank: i,
      leaveType,
      days,
    };
  });
}

export const SAMPLE_2024_07_04_ATTENDANCE = [
  '本周累计请假3天以上的有：',
  '年休假：省市场监管局罗莉、农业农村厅罗海信',
  '请病假：水利厅潘艳艳、农业农村厅王毓',
  '因公外出：民政厅游文慧，自然资源厅黎熹，生态环境厅张剑平、杨康年，农业农村厅王毓，省卫生健康委付世杰、邱艳婷、' +
    '徐江林，应急管理厅罗兴炳，省市场监管局魏素华，省林草局张皓东、钟诚懿、刘瑁，省药监局蒲素、黄顺英。',
];

export const VISITS_2024_07_04: VisitTextRow[] = [
  { department: '商务厅', title: '党组成员、副厅长', name: '尹奇志', date: '2024-06-17', kind: '调研值守' },
  { department: '科技厅', title: '二级巡视员', name: '高量', date: '2024-06-18', kind: '调研值守' },
  { department: '水利厅', title: '二级巡视员', name: '刘金山', date: '2024-06-19', kind: '调研值守' },
  { department: '应急管理厅', title: '二级巡视员', name: '张学广', date: '2024-06-20', kind: '调研值守' },
];

export const SAMPLE_2024_07_04_VISITS =
  '本周，商务厅党组成员、副厅长尹奇志，科技厅二级巡视员高量，水利厅二级巡视员刘金山，应急管理厅二级巡视员张学广' +
  '到省政务服务大厅窗口调研值守。';

export const VISITS_2024_03_29: VisitTextRow[] = [
  { department: '商务厅', title: '副厅长', name: '梁勇', date: '2024-03-18', kind: '调研值守' },
  { department: '水利厅', title: '一级巡视员', name: '都勤', date: '2024-03-19', kind: '调研值守' },
  { department: '民政厅', title: '二级巡视员', name: '杨伟', date: '2024-03-20', kind: '调研值守' },
  { department: '公安厅', title: '政治安全保卫总队总队长', name: '徐贵强', date: '2024-03-21', kind: '调研值守' },
];

export const SAMPLE_2024_03_29_VISITS =
  '本周，商务厅副厅长梁勇，水利厅一级巡视员都勤，民政厅二级巡视员杨伟，公安厅政治安全保卫总队总队长徐贵强' +
  '到省政务服务大厅窗口调研值守。';
