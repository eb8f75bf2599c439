/**
 * The roster: departments in roster order and their people (issue 4). Names are trimmed; empty names
 * are refused here with a Chinese message, duplicates and unknown ids by the handlers.
 */
import { z } from 'zod';
import type {
  Department,
  Person,
  RosterExport,
  RosterImportPreview,
  RosterImportResult,
  RosterProposal,
  RosterProposalResult,
} from '../roster/types';
import { xmlText } from '../text/xmlText';
import { channel, id } from './define';

const departmentName = xmlText({ error: '部门名称应为文字' })
  .trim()
  .min(1, { error: '部门名称不能为空' })
  .max(50, { error: '部门名称不能超过 50 个字' });
const fullName = xmlText({ error: '部门全称应为文字' }).trim().max(200, { error: '部门全称不能超过 200 个字' });
const personName = xmlText({ error: '姓名应为文字' }).trim().min(1, { error: '姓名不能为空' }).max(50, { error: '姓名不能超过 50 个字' });
const title = xmlText({ error: '职务应为文字' }).trim().max(200, { error: '职务不能超过 200 个字' });

/** A roster file as the renderer read it: its name (for the format) and its bytes in base64. */
export const rosterFileSchema = z.strictObject({
  fileName: xmlText().trim().min(1, { error: '缺少文件名' }).max(260),
  // About 10 MB of file; a roster is far smaller.
  base64: z.string().max(14_000_000, { error: '文件太大（超过 10 MB），不像是人员名册' }),
});

export const rosterChannels = {
  /** Every department, active or not, in roster order. */
  'roster.listDepartments': channel<Department[]>()(z.strictObject({})),
  /**
   * People in roster order (department order, then order within the department). With `query`,
   * only the matching ones, best match first (shared/roster/search.ts).
   */
  'roster.listPeople': channel<Person[]>()(
    z.strictObject({
      departmentId: id.optional(),
      includeInactive: z.boolean().optional(),
      query: xmlText().max(50).optional(),
    }),
  ),
  'roster.createDepartment': channel<Department>()(z.strictObject({ name: departmentName, fullName: fullName.optional() })),
  'roster.updateDepartment': channel<Department>()(z.strictObject({ id, name: departmentName.optional(), fullName: fullName.optional() })),
  'roster.setDepartmentActive': channel<Department>()(z.strictObject({ id, active: z.boolean() })),
  /** The new roster order: every department's id exactly once. Answers the reordered list. */
  'roster.reorderDepartments': channel<Department[]>()(
    z.strictObject({ ids: z.array(id).min(1, { error: '部门顺序不能为空' }).max(10_000) }),
  ),
  'roster.createPerson': channel<Person>()(z.strictObject({ departmentId: id, name: personName, title: title.optional() })),
  'roster.updatePerson': channel<Person>()(
    z.strictObject({ id, departmentId: id.optional(), name: personName.optional(), title: title.optional() }),
  ),
  'roster.setPersonActive': channel<Person>()(z.strictObject({ id, active: z.boolean() })),
  /** Reads a CSV or XLSX roster and says what importing it would do. Stores nothing. */
  'roster.previewImport': channel<RosterImportPreview>()(rosterFileSchema),
  /**
   * Stores every good row of a previewed file (by its token) or of the given file, in one transaction;
   * bad rows are left out and listed again. The rows are checked again against the roster as it is now.
   */
  'roster.commitImport': channel<RosterImportResult>()(
    z.union([z.strictObject({ token: xmlText().min(1).max(100) }), rosterFileSchema], {
      error: '请提供预览得到的导入凭据，或文件名和文件内容',
    }),
  ),
  /** 从往期补充名册: departments, people and titles found in the 考勤情况 and 进大厅 sections of stored issues. Stores nothing. */
  'roster.proposeFromIssues': channel<RosterProposal>()(z.strictObject({})),
  /** Stores the confirmed people of a proposal in one transaction, creating their departments. */
  'roster.applyFromIssues': channel<RosterProposalResult>()(
    z.strictObject({
      people: z
        .array(z.strictObject({ department: departmentName, name: personName, title }))
        .min(1, { error: '请至少选择一人' })
        .max(5000, { error: '一次最多补充5000人' }),
    }),
  ),
  /** The whole roster (active and inactive) as an XLSX file in the import format. */
  'roster.exportXlsx': channel<RosterExport>()(z.strictObject({})),
} as const;
