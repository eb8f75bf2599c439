/**
 * The body a new issue starts with (issues.create `body`): built from the series' template or from the
 * previous regular issue by the pure builders of shared/templates, and, once the issue is stored, its
 * generated sections rendered for it so an export before the issue is first opened is already right.
 */
import { AppError } from '../../../shared/contract/result';
import { emptyDocument, type BriefDocument } from '../../../shared/document/types';
import type { IssueMeta } from '../../../shared/issues/types';
import { buildFromPrevious } from '../../../shared/templates/buildFromPrevious';
import { buildFromTemplate, titleDate } from '../../../shared/templates/buildFromTemplate';
import type { NewIssueBody } from '../../../shared/templates/types';
import { renderGenerated } from '../attendance/render';
import type { Db } from '../db/connection';
import { findIssue, latestLiveIssue, serializeDocument } from '../db/issuesTable';
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

/**
 * Writes the generated sections' lines of a just-created issue. The body is set in place, without a
 * new revision: to the clerk this is still the issue as created (call inside the create transaction).
 */
export function renderNewIssueGenerated(db: Db, issueId: number, document: BriefDocument): BriefDocument {
  if (!document.blocks.some((b) => b.type === 'generated')) return document;
  const rendered: BriefDocument = {
    ...document,
    blocks: document.blocks.map((b) => (b.type === 'generated' ? { ...b, lines: renderGenerated(db, issueId, b.kind) } : b)),
  };
  db.prepare('UPDATE issues SET document = ? WHERE id = ?').run(serializeDocument(rendered), issueId);
  return rendered;
}
