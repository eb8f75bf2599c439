/**
 * 本期要目 (issue 12, item 7): whether a series prints the contents box under the masthead and whether
 * it lists level-2 headings, and an issue's own choice (null = follow the series). Answers carry the
 * setting the issue prints with, so the UI never re-derives it.
 */
import { z } from 'zod';
import type { ContentsOverride, ContentsSetting } from '../layout/contents';
import { channel, id } from './define';

export interface SeriesContents extends ContentsSetting {
  seriesId: number;
}

export interface IssueContents {
  issueId: number;
  /** The issue's own choice; null in a field follows the series. */
  override: ContentsOverride;
  /** The series' setting, for 「跟随系列（…）」. */
  series: ContentsSetting;
  /** What the issue prints with. */
  effective: ContentsSetting;
}

const flag = (what: string) => z.boolean({ error: `${what}应为是或否` });
const followOrFlag = (what: string) => z.boolean({ error: `${what}应为是、否或跟随系列` }).nullable();

export const contentsChannels = {
  'series.contents': channel<SeriesContents>()(z.strictObject({ seriesId: id })),
  /** Stores the series' 本期要目 setting; its issues that follow it print accordingly. */
  'series.updateContents': channel<SeriesContents>()(
    z.strictObject({ seriesId: id, enabled: flag('默认显示本期要目'), level2: flag('包括二级标题') }),
  ),
  'issues.contents': channel<IssueContents>()(z.strictObject({ issueId: id })),
  /** Sets an issue's own choice; refused on a finalized issue. */
  'issues.updateContents': channel<IssueContents>()(
    z.strictObject({ issueId: id, enabled: followOrFlag('本期要目'), level2: followOrFlag('包括二级标题') }),
    { writesIssue: 'issueId' },
  ),
} as const;
