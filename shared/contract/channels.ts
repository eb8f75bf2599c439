/**
 * THE contract between the renderer and main: every call, declared once, with the schema of its input
 * and the type of its answer. The Electron preload exposes exactly these names, the browser-mode host
 * serves exactly these names over HTTP, and the handler table must implement every one of them.
 */
import { z } from 'zod';
import { documentSchema } from '../document/schema';
import { isIsoDate } from '../issues/dates';
import type { Issue, IssueMeta, IssueSummary, Series } from '../issues/types';

/** A phantom carries the answer type; only the input schema exists at run time. */
interface Channel<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

const id = z.int().positive().max(Number.MAX_SAFE_INTEGER);
const isoDate = z.string().max(10).refine(isIsoDate, { message: '日期应为 YYYY-MM-DD 格式的有效日期' });
const shortText = z.string().max(200);

export const issueMetaSchema = z
  .strictObject({
    year: z.int().min(2000).max(2100),
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
  });

export interface AppInfo {
  version: string;
  databasePath: string;
  host: 'electron' | 'web';
}

export interface SaveResult {
  revision: number;
  updatedAt: string;
}

export const contract = {
  'app.info': channel<AppInfo>()(z.strictObject({})),
  'series.list': channel<Series[]>()(z.strictObject({})),
  /** Live issues of a series, newest first. */
  'issues.list': channel<IssueSummary[]>()(z.strictObject({ seriesId: id })),
  /** The recycle bin: deleted issues of all series, most recently deleted first. */
  'issues.listDeleted': channel<IssueSummary[]>()(z.strictObject({})),
  /** What the New-issue form starts with. `today` (YYYY-MM-DD) defaults to the host's date. */
  'issues.propose': channel<IssueMeta>()(z.strictObject({ seriesId: id, today: isoDate.optional() })),
  'issues.create': channel<Issue>()(z.strictObject({ seriesId: id, meta: issueMetaSchema })),
  'issues.get': channel<Issue>()(z.strictObject({ id })),
  'issues.updateMeta': channel<Issue>()(z.strictObject({ id, meta: issueMetaSchema })),
  'issues.saveDocument': channel<SaveResult>()(z.strictObject({ id, document: documentSchema })),
  'issues.delete': channel<IssueSummary>()(z.strictObject({ id })),
  'issues.restore': channel<IssueSummary>()(z.strictObject({ id })),
  /** Removes an issue from the recycle bin for good; live issues cannot be purged. */
  'issues.purge': channel<{ id: number }>()(z.strictObject({ id })),
  /** The issue as plain text: masthead lines, period, body with its generated numbers. */
  'issues.exportText': channel<string>()(z.strictObject({ id })),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = NonNullable<Contract[K]['output']>;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
