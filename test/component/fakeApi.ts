/** A BriefDeskApi for component tests: every channel a vi.fn, unimplemented ones answering an error. */
import { vi, type Mock } from 'vitest';
import type { BriefDeskApi } from '../../shared/contract/api';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import type { Issue, IssueSummary, Series } from '../../shared/issues/types';
import { emptyDocument, type BlockElement } from '../../shared/document/types';

export type FakeApi = { [K in ChannelName]: Mock<BriefDeskApi[K]> };

export function fakeApi(impl: Partial<BriefDeskApi> = {}): FakeApi {
  const api: Partial<Record<ChannelName, Mock>> = {};
  for (const name of CHANNEL_NAMES) {
    const fallback = async (): Promise<Result<never>> => ({
      ok: false,
      error: { code: 'INTERNAL', message: `测试未实现 ${name}` },
    });
    api[name] = vi.fn(impl[name] ?? fallback);
  }
  // Every channel was filled from CHANNEL_NAMES above.
  return api as FakeApi;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

// Fields a series is gaining elsewhere (print layout, 报尾) that these tests do not look at; spread so the
// literal compiles whether or not the Series type has them yet.
const seriesExtras = { layout: null, closing: null, printPeriod: true, copyPlan: null };

export const weekly: Series = {
  ...seriesExtras,
  id: 1,
  title: '窗口工作周报',
  issuer: '四川省政府政务服务和公共资源交易服务中心',
  periodKind: 'week',
  hasTotal: true,
  partTitle: '政务服务工作',
};

export function summary(id: number, year: number, number: number, extra: Partial<IssueSummary> = {}): IssueSummary {
  return {
    id,
    seriesId: weekly.id,
    year,
    supplement: false,
    number,
    totalNumber: 380 + number,
    issueDate: `${year}-07-04`,
    periodStart: `${year}-06-17`,
    periodEnd: `${year}-06-21`,
    partTitle: '政务服务工作',
    revision: 1,
    createdAt: `${year}-07-01T08:00:00.000Z`,
    updatedAt: `${year}-07-01T08:00:00.000Z`,
    deletedAt: null,
    status: 'draft',
    finalizedAt: null,
    ...extra,
  };
}

export function issue(id: number, blocks?: BlockElement[], extra: Partial<IssueSummary> = {}): Issue {
  const base = summary(id, 2024, id, extra);
  return { ...base, document: blocks ? { schemaVersion: 2, blocks } : emptyDocument() };
}
