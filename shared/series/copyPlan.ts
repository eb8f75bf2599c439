/**
 * The print run of a series with a copy plan: the sum of the copies per recipient. The series' default
 * 报尾 stores that sum as its copies, so printing reads it like a typed count.
 */
import type { CopyPlan } from '../issues/types';
import type { PrintableClosing } from '../layout/issueView';

export function copyPlanTotal(plan: CopyPlan): number {
  return plan.recipients.reduce((sum, recipient) => sum + recipient.copies, 0);
}

/** The default 报尾 to store: with a plan its copies are the plan's sum (a 报尾 of no lines if there was none). */
export function closingWithPlan(closing: PrintableClosing | null, plan: CopyPlan | null): PrintableClosing | null {
  if (plan === null) return closing;
  return { lines: closing?.lines ?? [], copies: copyPlanTotal(plan) };
}
