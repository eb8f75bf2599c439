/**
 * 本期待办 (issue 16): what the service knows about an issue for its checklist, and the clerk's
 * confirmation that an issue has no records of a kind (本期无请假记录 / 本期无人进大厅).
 */
import { z } from 'zod';
import type { RecordsState, TodoFacts } from '../checklist/types';
import { generatedKindSchema } from './attendanceChannels';
import { channel, id } from './define';

export const checklistChannels = {
  /** The records behind an issue's checklist: figures, attendance, visits, template, 报尾 as printed. */
  'issues.todoFacts': channel<TodoFacts>()(z.strictObject({ issueId: id })),
  /**
   * Confirms (or takes back) that the issue has no records of this kind; refused on a finalized issue.
   * Answers the kind's state after the change.
   */
  'records.confirmNone': channel<RecordsState>()(
    z.strictObject({ issueId: id, kind: generatedKindSchema, confirmed: z.boolean({ error: '确认应为是或否' }) }),
    { writesIssue: 'issueId' },
  ),
} as const;
