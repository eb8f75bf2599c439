/**
 * The building blocks of the contract: a channel is an input schema plus a phantom answer type, and a
 * few input schemas every area uses. Each area declares its channels in its own file; channels.ts
 * puts them together into the one contract.
 */
import { z } from 'zod';
import { xmlText } from '../text/xmlText';
import { isIsoDate } from '../issues/dates';

/** The input fields that can name the issue a request acts on. */
export type IssueIdField = 'id' | 'issueId';

/**
 * A phantom carries the answer type; only the input schema (and what the channel declares about
 * itself) exists at run time.
 */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  output?: O;
  /**
   * The channel changes the issue named by this input field: the dispatcher refuses it on a finalized
   * (定稿) issue before the handler runs. Declared here, next to the input, so the rule cannot be
   * forgotten in a handler (test/unit/contract/draftGuard.test.ts walks every channel).
   */
  writesIssue?: IssueIdField;
}

export interface ChannelOptions<F extends IssueIdField> {
  writesIssue: F;
}

export function channel<O>() {
  // The field must be one the input actually has: a typo does not compile.
  return <I extends z.ZodType, F extends IssueIdField & keyof z.output<I> = never>(input: I, options?: ChannelOptions<F>): Channel<I, O> =>
    options ? { input, writesIssue: options.writesIssue } : { input };
}

export const id = z.int().positive().max(Number.MAX_SAFE_INTEGER);
export const isoDate = xmlText().max(10).refine(isIsoDate, { message: '日期应为 YYYY-MM-DD 格式的有效日期' });
export const shortText = xmlText().max(200);
