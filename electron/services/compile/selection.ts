/**
 * What a 合订本 binds: the live regular issues of one series and year, finalized ones by default or
 * all live ones on request, in number order. 增刊 are left out: they are numbered on their own
 * (`2024年增刊第1期`) and would break the contents' run of 期号. Every refusal happens here, before a
 * page is measured or a byte written: an unknown series, a layout that cannot hold the grid, a year
 * with nothing to bind.
 */
import { AppError } from '../../../shared/contract/result';
import type { Issue, Series } from '../../../shared/issues/types';
import { layoutOverridesSchema, resolveLayout } from '../../../shared/layout/overrides';
import type { LayoutSpec } from '../../../shared/layout/spec';
import type { Db } from '../db/connection';
import { listVolumeIssueIds } from '../db/issuesTable';
import { dbPictureSource, type RecordingSource } from '../export/pictureSource';
import { printJob, type PrintJob } from '../export/printJob';
import { requireIssue, requireIssueClosing, requireSeries } from '../issues/require';

export interface VolumeOptions {
  seriesId: number;
  year: number;
  /** Every live issue, drafts too; otherwise only the finalized (定稿) ones. */
  all: boolean;
  /** Page numbers restart at 1 with each issue; otherwise they run on through the volume. */
  perIssuePages: boolean;
}

export interface VolumeIssue {
  issue: Issue;
  /** Every issue of a volume shares one picture source, which remembers what was missing. */
  job: PrintJob & { pictures: RecordingSource };
}

export interface VolumeSource {
  series: Series;
  layout: LayoutSpec;
  year: number;
  issues: VolumeIssue[];
}

/** `2025年没有已定稿的期次`: the sentence the UI and the command line show for an empty year. */
export function emptyYearError(year: number, all: boolean): AppError {
  const what = all ? '期次' : '已定稿的期次';
  return new AppError('NOT_FOUND', `${year}年没有${what}，没有生成合订本。${all ? '' : '如需包括未定稿的期次，请选择“全部期次”。'}`);
}

function layoutRefused(series: Series, reason: string): AppError {
  return new AppError(
    'INVALID_INPUT',
    `简报系列“${series.title}”的版式设置排不下版心网格（${reason}），没有生成合订本。请先在“简报系列 → 版式”中调整或恢复默认。`,
  );
}

/** The series' layout, refused when its stored overrides no longer hold the grid. */
export function volumeLayout(series: Series): LayoutSpec {
  const checked = layoutOverridesSchema.safeParse(series.layout ?? {});
  if (!checked.success) throw layoutRefused(series, checked.error.issues[0]?.message ?? '版式无效');
  return resolveLayout(series.layout);
}

/** The issue ids a volume binds (for the heavy task, which loads them again on its own connection). */
export function volumeIssueIds(db: Db, options: VolumeOptions): number[] {
  return listVolumeIssueIds(db, options.seriesId, options.year, !options.all);
}

/** Loads `ids` of the series as print jobs, in the order given. */
export function loadVolumeIssues(db: Db, series: Series, ids: readonly number[]): VolumeIssue[] {
  // One source for the volume: a picture used in several issues is read once.
  const pictures = dbPictureSource(db);
  return ids.map((id) => {
    const issue = requireIssue(db, id);
    return { issue, job: { ...printJob(series, issue, requireIssueClosing(db, id)), pictures } };
  });
}

export function loadVolume(db: Db, options: VolumeOptions): VolumeSource {
  const series = requireSeries(db, options.seriesId);
  const layout = volumeLayout(series);
  const ids = volumeIssueIds(db, options);
  if (ids.length === 0) throw emptyYearError(options.year, options.all);
  return { series, layout, year: options.year, issues: loadVolumeIssues(db, series, ids) };
}
