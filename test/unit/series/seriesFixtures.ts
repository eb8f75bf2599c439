/** Settings for series made in the series tests. */
import type { SeriesSettings } from '../../../shared/issues/types';

export function settings(overrides: Partial<SeriesSettings> = {}): SeriesSettings {
  return {
    title: '政务窗口月报',
    issuer: '四川省政务服务中心',
    periodKind: 'month',
    hasTotal: false,
    partTitle: null,
    printPeriod: true,
    copyPlan: null,
    ...overrides,
  };
}

export const PLAN = {
  recipients: [
    { name: '中心领导', copies: 6 },
    { name: '各处（室）', copies: 14 },
    { name: '各部门窗口', copies: 60 },
  ],
};

/** The visible text of print HTML: tags and whitespace dropped (the serializer spaces Latin runs with spans). */
export function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, '');
}
