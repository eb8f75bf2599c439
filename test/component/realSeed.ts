/**
 * Seeding the real services the way the component tests need, through the channels (never SQL): the
 * weekly series as the tests know it, further series, and issues with their documents.
 */
import type { ChannelInput } from '../../shared/contract/channels';
import { DOCUMENT_SCHEMA_VERSION, type BlockElement } from '../../shared/document/types';
import type { Issue, IssueMeta, Series } from '../../shared/issues/types';
import type { RealApi } from './realApi';

type Closing = NonNullable<Series['closing']>;

/** The series a fresh database holds (migration 001) and its metric groups (006) belong to. */
export const WEEKLY_ID = 1;

type Settings = ChannelInput<'series.update'>['settings'];

/** The settings the tests expect of 窗口工作周报: issuer, 周报, 总期号, the 政务服务工作 part title. */
export const WEEKLY_SETTINGS: Settings = {
  title: '窗口工作周报',
  issuer: '四川省政府政务服务和公共资源交易服务中心',
  periodKind: 'week',
  hasTotal: true,
  partTitle: '政务服务工作',
  printPeriod: true,
  copyPlan: null,
};

export const WEEKLY_CLOSING: Closing = { lines: [{ label: '发', text: '各部门窗口。' }], copies: 80 };

/** Gives the fresh database's series the weekly settings (and a 报尾) and answers it as main stores it. */
export async function seedWeekly(
  real: RealApi,
  settings: Partial<Settings> = {},
  closing: Closing | null = WEEKLY_CLOSING,
): Promise<Series> {
  await real.value('series.update', { id: WEEKLY_ID, settings: { ...WEEKLY_SETTINGS, ...settings } });
  return real.value('series.updateClosing', { id: WEEKLY_ID, closing });
}

/** Another series, created as the 新建系列 form does. */
export function addSeries(real: RealApi, settings: Partial<Settings> = {}, closing: Closing | null = null): Promise<Series> {
  return real.value('series.create', { settings: { ...WEEKLY_SETTINGS, ...settings }, closing });
}

type Meta = ChannelInput<'issues.create'>['meta'];

/**
 * Meta of 2024年第`number`期: the week `number - 1` weeks after 1月1日 (a Monday), issued on its Friday,
 * so issues of different numbers never overlap and never share a 总期号.
 */
export function weekMeta(number: number, overrides: Partial<IssueMeta> = {}): IssueMeta {
  const monday = new Date(Date.UTC(2024, 0, 1 + 7 * (number - 1)));
  const day = (offset: number) => new Date(monday.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    year: 2024,
    supplement: false,
    number,
    totalNumber: 380 + number,
    issueDate: day(4),
    periodStart: day(0),
    periodEnd: day(4),
    partTitle: null,
    ...overrides,
  };
}

/** An issue of the weekly series; with `blocks`, its document is saved after creation. */
export async function addIssue(real: RealApi, meta: Meta, blocks?: BlockElement[], seriesId = WEEKLY_ID): Promise<Issue> {
  const created = await real.value('issues.create', { seriesId, meta });
  return blocks ? saveBlocks(real, created.id, blocks) : created;
}

/** Stores `blocks` as the issue's body and answers the issue as main then holds it. */
export async function saveBlocks(real: RealApi, id: number, blocks: BlockElement[]): Promise<Issue> {
  await real.value('issues.saveDocument', { id, document: { schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks } });
  return real.value('issues.get', { id });
}
