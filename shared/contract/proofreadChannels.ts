/** 校对: what the rules need to know of an issue, and the findings the clerk ignored (忽略) in it. */
import { z } from 'zod';
import type { ProofreadContext } from '../proofread/types';
import { xmlText } from '../text/xmlText';
import { channel, id } from './define';

export interface ProofreadState {
  issueId: number;
  /** The issue's period and date, the roster's names and titles, its 报尾 lines. */
  context: ProofreadContext;
  /** Keys of the ignored findings (Finding.key). */
  ignored: string[];
}

const key = xmlText().min(1).max(500, { error: '校对条目标识过长' });

export const proofreadChannels = {
  /** The context and the ignored keys of an issue (live or in the recycle bin). */
  'proofread.state': channel<ProofreadState>()(z.strictObject({ id })),
  /** 忽略: remembers a finding for the issue; answers the new state. Refused on a finalized issue. */
  'proofread.ignore': channel<ProofreadState>()(z.strictObject({ id, key }), { writesIssue: 'id' }),
  /** Takes a finding back from the ignored ones. */
  'proofread.unignore': channel<ProofreadState>()(z.strictObject({ id, key }), { writesIssue: 'id' }),
} as const;
