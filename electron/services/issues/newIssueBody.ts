/**
 * The body a new issue starts with (issues.create `body`): built from the series' template or from the
 * previous regular issue by the pure builders of shared/templates, and, once the issue is stored, its
 * generated sections and statistics rendered for it so an export before it is first opened is already right.
 */
import { AppError } from '../../../shared/contract/result';
import { emptyDocument, type BriefDocument, type StatisticsElement } from '../../../shared/document/types';
import type { IssueMeta, IssueSummary } from '../../../shared/issues/types';
import { buildFromPrevious } from '../../../shared/templates/buildFromPrevious';
import { buildFromTemplate, titleDate } from '../../../shared/templates/buildFromTemplate';
import type { NewIssueBody } from '../../../shared/templates/types';
import { renderGenerated } from '../attendance/render';
import type { Db } from '../db/connection';
import { findIssue, findIssueSummary, latestLiveIssue, replaceDocumentInPlace } from '../db/issuesTable';
import { findMetricGroup } from '../db/metricGroupsTable';
import { statisticsView } from '../statistics/figures';
import { listTemplateSections } from '../db/templateSectionsTable';

export function newIssueBody(db: Db, seriesId: number, meta: IssueMeta, source: NewIssueBody): BriefDocument {
  if (source === 'blank') return emptyDocument();
  const template = listTemplateSections(db, seriesId);
  const date = titleDate(meta);
  if (source === 'template') return buildFromTemplate(template, date);
  const latest = latestLiveIssue(db, seriesId, false);
  const previous = latest ? findIssue(db, latest.id) : undefined;
  if (!previous) throw new AppError('NOT_FOUND', '本系列还没有上一期简报，无法沿用上一期的正文。请选择“按模板”或“空白”。');
  return buildFromPrevious(previous.document, template, date);
}

/** A statistics block with its text for the new issue (figures not yet typed print as （未填））. */
function renderStatistics(db: Db, issue: IssueSummary, block: StatisticsElement): StatisticsElement {
  const group = findMetricGroup(db, block.groupId);
  if (!group || group.seriesId !== issue.seriesId) return block;
  const view = statisticsView(db, issue, group);
  return { ...block, lines: view.lines, rows: view.rows };
}

/**
 * Writes the text of a just-created issue's generated sections and statistics blocks. The body is set
 * in place, without a new revision: to the clerk this is still the issue as created (call inside the
 * create transaction). An export before the issue is first opened is then already right.
 */
export function renderNewIssueBlocks(db: Db, issueId: number, document: BriefDocument): BriefDocument {
  if (!document.blocks.some((b) => b.type === 'generated' || b.type === 'statistics')) return document;
  const issue = findIssueSummary(db, issueId);
  if (!issue) return document;
  const rendered: BriefDocument = {
    ...document,
    blocks: document.blocks.map((b) => {
      if (b.type === 'generated') return { ...b, lines: renderGenerated(db, issueId, b.kind) };
      if (b.type === 'statistics') return renderStatistics(db, issue, b);
      return b;
    }),
  };
  replaceDocumentInPlace(db, issueId, rendered);
  return rendered;
}
