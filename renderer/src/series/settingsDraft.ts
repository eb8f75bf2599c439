/** The 基本设置 form's draft: what is typed, turned into the SeriesSettings the contract takes. */
import type { PeriodKind, Series, SeriesSettings } from '../../../shared/issues/types';

export interface SettingsDraft {
  title: string;
  issuer: string;
  hasTotal: boolean;
  periodKind: PeriodKind;
  printPeriod: boolean;
  /** '' = no part title. */
  partTitle: string;
}

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  week: '每周（按工作日）',
  month: '每月',
  custom: '自定',
};

export function blankSettingsDraft(): SettingsDraft {
  return { title: '', issuer: '', hasTotal: false, periodKind: 'week', printPeriod: true, partTitle: '' };
}

export function draftFromSeries(series: Series): SettingsDraft {
  return {
    title: series.title,
    issuer: series.issuer,
    hasTotal: series.hasTotal,
    periodKind: series.periodKind,
    printPeriod: series.printPeriod,
    partTitle: series.partTitle ?? '',
  };
}

/** The settings to send; the copy plan is edited on its own tab and passed through unchanged. */
export function settingsFromDraft(draft: SettingsDraft, copyPlan: Series['copyPlan']): SeriesSettings {
  const partTitle = draft.partTitle.trim();
  return {
    title: draft.title.trim(),
    issuer: draft.issuer.trim(),
    hasTotal: draft.hasTotal,
    periodKind: draft.periodKind,
    printPeriod: draft.printPeriod,
    partTitle: partTitle === '' ? null : partTitle,
    copyPlan,
  };
}

/** The stored settings of a series, for a form that changes only one of them. */
export function settingsOf(series: Series): SeriesSettings {
  return settingsFromDraft(draftFromSeries(series), series.copyPlan);
}
