/**
 * 本期要目 settings: the series' (any series that exists) and an issue's own choice (a draft only: a
 * finalized issue is locked as printed). Each write runs in one immediate transaction with its check.
 */
import type { Handlers } from '../../../shared/contract/api';
import type { IssueContents, SeriesContents } from '../../../shared/contract/channels';
import { resolveContents } from '../../../shared/layout/contents';
import type { Db } from '../db/connection';
import { findIssueContents, updateIssueContents } from '../db/issueContentsTable';
import { touchIssue } from '../db/issuesTable';
import { updateSeriesContents } from '../db/seriesTable';
import type { HandlerContext } from './context';
import { requireDraft, requireIssueSummary, requireSeries, requireSeriesContents } from '../issues/require';

function seriesContents(db: Db, seriesId: number): SeriesContents {
  return { seriesId, ...requireSeriesContents(db, seriesId) };
}

function issueContents(db: Db, issueId: number): IssueContents {
  const issue = requireIssueSummary(db, issueId);
  const series = requireSeriesContents(db, issue.seriesId);
  const override = findIssueContents(db, issueId);
  return { issueId, override, series, effective: resolveContents(series, override) };
}

type ContentsChannelNames = 'series.contents' | 'series.updateContents' | 'issues.contents' | 'issues.updateContents';

export function contentsHandlers(ctx: HandlerContext): Pick<Handlers, ContentsChannelNames> {
  const { db } = ctx;
  return {
    'series.contents': ({ seriesId }) => seriesContents(db, seriesId),
    'series.updateContents': ({ seriesId, enabled, level2 }) =>
      db
        .transaction(() => {
          requireSeries(db, seriesId);
          updateSeriesContents(db, seriesId, { enabled, level2 });
          return seriesContents(db, seriesId);
        })
        .immediate(),
    'issues.contents': ({ issueId }) => issueContents(db, issueId),
    'issues.updateContents': ({ issueId, enabled, level2 }) =>
      db
        .transaction(() => {
          requireDraft(db, issueId);
          updateIssueContents(db, issueId, { enabled, level2 });
          touchIssue(db, issueId, ctx.now());
          return issueContents(db, issueId);
        })
        .immediate(),
  };
}
