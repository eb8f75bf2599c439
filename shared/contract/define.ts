/**
 * The building blocks of the contract: a channel is an input schema plus a phantom answer type, and a
 * few input schemas every area uses. Each area declares its channels in its own file; channels.ts
 * puts them together into the one contract.
 */
import { z } from 'zod';
import { xmlText } from '../text/xmlText';
import { isIsoDate } from '../issues/dates';

/** A phantom carries the answer type; only the input schema exists at run time. */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  output?: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

export const id = z.int().positive().max(Number.MAX_SAFE_INTEGER);
export const isoDate = xmlText().max(10).refine(isIsoDate, { message: '日期应为 YYYY-MM-DD 格式的有效日期' });
export const shortText = xmlText().max(200);
