/** Finalizing (定稿) and reopening (重新打开) an issue, and the record of both. */
import { z } from 'zod';
import { xmlText } from '../text/xmlText';
import type { Issue } from '../issues/types';
import { channel, id } from './define';

/** One finalize or reopen of an issue, as recorded. */
export interface IssueStatusEvent {
  id: number;
  issueId: number;
  action: 'finalize' | 'reopen';
  at: string; // ISO timestamp
  note: string;
}

export const issueStatusChannels = {
  /** 定稿: locks the issue as printed (a save point 'finalize' is kept of its body). */
  'issues.finalize': channel<Issue>()(z.strictObject({ id })),
  /** 重新打开: a finalized issue becomes a draft again; the reopening is recorded with its note. */
  'issues.reopen': channel<Issue>()(z.strictObject({ id, note: xmlText().trim().max(500, { error: '说明不能超过500字' }).default('') })),
  /** Every finalize and reopen of the issue, oldest first. */
  'issues.statusLog': channel<IssueStatusEvent[]>()(z.strictObject({ id })),
} as const;
