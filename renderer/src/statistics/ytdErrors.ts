/**
 * The 今年以来 errors of an issue's statistics blocks (totals resting on weeks nobody accounted for),
 * as the statistics blocks show them: 定稿 and export name them before going on.
 */
import type { BriefDeskApi } from '../../../shared/contract/api';
import type { BlockElement } from '../../../shared/document/types';

export async function statisticsErrors(api: BriefDeskApi, issueId: number, blocks: readonly BlockElement[]): Promise<string[]> {
  const groupIds = [...new Set(blocks.flatMap((b) => (b.type === 'statistics' ? [b.groupId] : [])))];
  const views = await Promise.all(groupIds.map((groupId) => api['statistics.get']({ issueId, groupId })));
  // A group that cannot be read is the block's own error to show; here only computed errors count.
  return views.flatMap((v) => (v.ok ? v.value.errors.map((e) => `${v.value.group.name}：${e}`) : []));
}

/** The question's lead when there are errors: named, one per line. */
export function ytdErrorsText(errors: readonly string[]): string {
  return errors.length === 0 ? '' : `错误：以下“今年以来”累计数字不完整，印出来将是错的——${errors.join('；')}\n`;
}
