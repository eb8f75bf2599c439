/** The 印数 form's draft: typed or per recipient, the recipients' copies as typed. */
import type { CopyPlan } from '../../../shared/issues/types';

export interface RecipientDraft {
  name: string;
  /** As typed; the service refuses what is not a whole number, in Chinese. */
  copies: string;
}

export interface CopyPlanDraft {
  mode: 'typed' | 'plan';
  recipients: RecipientDraft[];
}

export function draftFromPlan(plan: CopyPlan | null): CopyPlanDraft {
  if (plan === null) return { mode: 'typed', recipients: [{ name: '', copies: '' }] };
  return { mode: 'plan', recipients: plan.recipients.map((r) => ({ name: r.name, copies: String(r.copies) })) };
}

/** Copies typed as a whole number; anything else counts as none in the live sum. */
function copiesOf(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : 0;
}

export function liveTotal(draft: CopyPlanDraft): number {
  return draft.recipients.reduce((sum, r) => sum + copiesOf(r.copies), 0);
}

/** The plan to store: null when typed. Text that is no number goes as NaN (null in JSON) for the service to refuse. */
export function planFromDraft(draft: CopyPlanDraft): CopyPlan | null {
  if (draft.mode === 'typed') return null;
  return {
    recipients: draft.recipients.map((r) => {
      const copies = r.copies.trim();
      return { name: r.name.trim(), copies: copies === '' ? Number.NaN : Number(copies) };
    }),
  };
}
