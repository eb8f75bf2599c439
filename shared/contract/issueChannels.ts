/** Issues: the list, the New-issue proposal, creating, editing, saving and the recycle bin. */
import { z } from 'zod';
import { documentSchema } from '../document/schema';
import type { Issue, IssueMeta, IssueSummary } from '../issues/types';
import { DATE_QUESTION_CODES } from '../issues/dateQuestions';
import { channel, id, isoDate, shortText } from './define';

export const issueMetaSchema = z
  .strictObject({
    year: z.int().min(2000).max(2100),
    supplement: z.boolean().default(false),
    number: z.int().min(1).max(9999),
    totalNumber: z.int().min(1).max(999_999).nullable(),
    issueDate: isoDate,
    periodStart: isoDate.nullable(),
    periodEnd: isoDate.nullable(),
    partTitle: shortText.nullable(),
  })
  .refine((m) => (m.periodStart === null) === (m.periodEnd === null), {
    message: '起止日期应同时填写或同时留空',
  })
  .refine((m) => m.periodStart === null || m.periodEnd === null || m.periodStart <= m.periodEnd, {
    message: '时段的结束日期不能早于开始日期',
  })
  .refine((m) => !m.supplement || m.totalNumber === null, { message: '增刊单独编号，不编总期号' });

/** Where a new issue's body comes from: the series' template, the previous issue, or nothing. */
export const newIssueBodySchema = z.enum(['template', 'previous', 'blank'], { error: '正文来源应为模板、上一期或空白' });

/** The date questions the clerk has confirmed (the dates are stored as typed). */
export const confirmSchema = z
  .array(z.enum(DATE_QUESTION_CODES, { error: '未知的确认项' }))
  .max(DATE_QUESTION_CODES.length)
  .optional();

export interface SaveResult {
  revision: number;
  updatedAt: string;
}

export const issueChannels = {
  /** Live issues of a series, newest first. */
  'issues.list': channel<IssueSummary[]>()(z.strictObject({ seriesId: id })),
  /** The recycle bin: deleted issues of all series, most recently deleted first. */
  'issues.listDeleted': channel<IssueSummary[]>()(z.strictObject({})),
  /** What the New-issue form starts with. `today` (YYYY-MM-DD) defaults to the host's date. */
  'issues.propose': channel<IssueMeta>()(z.strictObject({ seriesId: id, today: isoDate.optional(), supplement: z.boolean().optional() })),
  /**
   * A new issue. Its body comes from the series' template, from the previous issue (headings, blocks
   * and standing texts carried over, news items cleared) or is blank (the default).
   */
  'issues.create': channel<Issue>()(
    z.strictObject({ seriesId: id, meta: issueMetaSchema, body: newIssueBodySchema.default('blank'), confirm: confirmSchema }),
  ),
  'issues.get': channel<Issue>()(z.strictObject({ id })),
  'issues.updateMeta': channel<Issue>()(z.strictObject({ id, meta: issueMetaSchema, confirm: confirmSchema }), { writesIssue: 'id' }),
  'issues.saveDocument': channel<SaveResult>()(z.strictObject({ id, document: documentSchema }), { writesIssue: 'id' }),
  /** A finalized issue is the record of what was printed: reopen it first to delete it. */
  'issues.delete': channel<IssueSummary>()(z.strictObject({ id }), { writesIssue: 'id' }),
  'issues.restore': channel<IssueSummary>()(z.strictObject({ id })),
  /** Removes an issue from the recycle bin for good; live issues cannot be purged. */
  'issues.purge': channel<{ id: number }>()(z.strictObject({ id })),
  /** The issue as plain text: masthead lines, period, body with its generated numbers. */
  'issues.exportText': channel<string>()(z.strictObject({ id })),
} as const;
