/**
 * The roster: departments (in the order the printed issues list them) and the people of each
 * department. Attendance entries and leader visits (issue 4b) point at these ids; the printed text
 * uses `Department.name` (as printed, e.g. 省市场监管局) and `Person.name`.
 */

export interface Department {
  id: number;
  /** The name as printed in the briefings, e.g. 省市场监管局. Unique in the roster. */
  name: string;
  /** The full name, e.g. 四川省市场监督管理局; '' when not given. */
  fullName: string;
  /** Roster order: the order departments are listed in generated sections (ascending). */
  sortOrder: number;
  active: boolean;
}

export interface Person {
  id: number;
  name: string;
  departmentId: number;
  /** E.g. 二级巡视员, 党组成员、副厅长; '' when not given. */
  title: string;
  /** Order within the department (ascending): import order, then creation order. */
  sortOrder: number;
  active: boolean;
}

/** What a roster import would do with one good row of the file. */
export type RosterRowStatus =
  | 'newPerson' // the person is not in the department yet
  | 'unchanged' // same department, name and title as stored
  | 'updatedTitle' // the person exists; the file gives another title
  | 'reactivated'; // the person exists but was deactivated; importing makes them active again

export interface RosterImportRow {
  /** The row number as the clerk sees it in Excel (the header is row 1 when it is the first line). */
  row: number;
  department: string;
  name: string;
  title: string;
  status: RosterRowStatus;
  /** The row's department is created by this import. */
  newDepartment: boolean;
  /** For updatedTitle: the stored title. */
  previousTitle?: string;
}

export interface RosterBadRow {
  row: number;
  /** Why the row is left out, in Chinese, e.g. 部门“某某厅”不在名册中…. */
  reason: string;
}

export type RosterDepartmentStatus = 'newDepartment' | 'unchanged' | 'updatedFullName';

export interface RosterImportDepartment {
  name: string;
  fullName: string;
  status: RosterDepartmentStatus;
}

export interface RosterImportCounts {
  newDepartments: number;
  updatedDepartments: number;
  newPeople: number;
  updatedTitles: number;
  reactivated: number;
  unchanged: number;
  bad: number;
}

export interface RosterImportPreview {
  /** Pass to roster.commitImport to store exactly this file (valid for this run of the app). */
  token: string;
  fileName: string;
  rows: RosterImportRow[];
  badRows: RosterBadRow[];
  /** Departments the file names, in file order, with what the import does to each. */
  departments: RosterImportDepartment[];
  counts: RosterImportCounts;
}

export interface RosterImportResult {
  fileName: string;
  counts: RosterImportCounts;
  /** Rows left out (nothing of them was stored). */
  badRows: RosterBadRow[];
}

export interface RosterExport {
  fileName: string;
  /** The XLSX file, base64. */
  base64: string;
}

/** 从往期补充名册: one person found in stored issues, with what confirming would do. */
export interface RosterProposalPerson {
  department: string;
  name: string;
  /** The title the latest issue printed ('' when none, as in 考勤). */
  title: string;
  /** newPerson: not in the roster; newTitle: in it with another title; known: nothing to do. */
  status: 'newPerson' | 'newTitle' | 'known';
  previousTitle?: string;
  /** `2024年第26期`: the latest issue that names the person. */
  source: string;
}

export interface RosterProposal {
  /** Departments the issues name that the roster lacks, in order of first mention. */
  newDepartments: string[];
  people: RosterProposalPerson[];
  /** Text that looked like a person but could not be split (for the clerk to add by hand). */
  unread: { source: string; text: string }[];
  /** How many stored issues were read. */
  issuesRead: number;
}

export interface RosterProposalResult {
  newDepartments: number;
  newPeople: number;
  updatedTitles: number;
}
