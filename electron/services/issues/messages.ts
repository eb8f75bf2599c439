/**
 * The Chinese messages about series and issues that handlers, services and the command line answer with,
 * in one place so they stay consistent (below the handlers, so services can use them too).
 */
import { AppError } from '../../../shared/contract/result';
import type { IssueMeta, Series } from '../../../shared/issues/types';

export function seriesNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `没有找到编号为 ${id} 的简报系列。`);
}

export function issueNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `没有找到编号为 ${id} 的简报，它可能已被彻底删除。`);
}

export function issueInRecycleBin(id: number): AppError {
  return new AppError('NOT_FOUND', `编号为 ${id} 的简报在回收站中，不能修改。请先从回收站恢复。`);
}

export function issueNotInRecycleBin(id: number, action: '恢复' | '彻底删除'): AppError {
  return new AppError('CONFLICT', `编号为 ${id} 的简报不在回收站中，不能${action}。`);
}

function issueName(series: Series, meta: Pick<IssueMeta, 'year' | 'number'>): string {
  return `${series.title} ${meta.year}年第${meta.number}期`;
}

export function duplicateNumber(series: Series, meta: Pick<IssueMeta, 'year' | 'number'>, creating: boolean): AppError {
  const refused = creating ? '不能重复创建' : '不能改成重复的期号';
  return new AppError('DUPLICATE_ISSUE_NUMBER', `${issueName(series, meta)}已存在，${refused}。请修改期号。`);
}

export function numberReused(series: Series, meta: Pick<IssueMeta, 'year' | 'number'>): AppError {
  return new AppError('CONFLICT', `${issueName(series, meta)}已被另一期简报使用，无法恢复。请先修改或删除现有的那一期，再恢复本期。`);
}

export function duplicateTotal(series: Series, meta: Pick<IssueMeta, 'totalNumber'>, holder: Pick<IssueMeta, 'year' | 'number'>): AppError {
  return new AppError(
    'DUPLICATE_TOTAL_NUMBER',
    `总第${meta.totalNumber}期已是${issueName(series, holder)}的总期号，同一简报系列的总期号不能重复，未保存。请修改总期号。`,
  );
}
