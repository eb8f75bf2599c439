/**
 * The checks an issue's 期号 and dates pass before they are stored (create, 修改期号信息, restore,
 * import): a 期号 or 总期号 another live issue of the series holds is refused; dates that look like a
 * slip are refused until the clerk confirms them (shared/issues/dateQuestions.ts).
 */
import { AppError } from '../../../shared/contract/result';
import { dateQuestionText, unconfirmedQuestions, type DateQuestionCode } from '../../../shared/issues/dateQuestions';
import type { IssueMeta, Series } from '../../../shared/issues/types';
import type { Db } from '../db/connection';
import { findLiveByTotal } from '../db/issuesTable';
import { duplicateTotal } from './messages';

/** A regular issue's 总期号 must be the series' own: two issues printing 总第403期 is a wrong number. */
export function assertTotalFree(
  db: Db,
  series: Series,
  meta: Pick<IssueMeta, 'totalNumber' | 'supplement'>,
  exceptId: number | null,
): void {
  if (meta.supplement || meta.totalNumber === null) return;
  const holder = findLiveByTotal(db, series.id, meta.totalNumber, exceptId);
  if (holder) throw duplicateTotal(series, meta, holder);
}

export function assertDatesConfirmed(
  meta: Pick<IssueMeta, 'year' | 'issueDate' | 'periodEnd'>,
  confirm: readonly DateQuestionCode[] | undefined,
): void {
  const open = unconfirmedQuestions(meta, confirm);
  if (open.length > 0) throw new AppError('NEEDS_CONFIRMATION', `${dateQuestionText(open)}未保存。`);
}
