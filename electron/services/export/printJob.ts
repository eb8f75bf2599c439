/**
 * What every official-layout export starts from: the issue as printed (PrintableIssue) and the layout
 * of its series (the standard with the series' overrides). Pure, so DOCX, print HTML and PDF are
 * always fed the same two values for the same issue.
 */
import type { Issue, Series } from '../../../shared/issues/types';
import { CONTENTS_OFF, type ContentsSetting } from '../../../shared/layout/contents';
import { toPrintableIssue, type PrintableClosing, type PrintableIssue } from '../../../shared/layout/issueView';
import { resolveLayout } from '../../../shared/layout/overrides';
import type { LayoutSpec } from '../../../shared/layout/spec';
import type { PictureSource } from './pictureSource';

export interface PrintJob {
  issue: PrintableIssue;
  layout: LayoutSpec;
  /** Where the pictures' bytes come from (the loaders set the database's); absent: none can be had. */
  pictures?: PictureSource;
}

/**
 * `closingOverride` is the issue's own 报尾; null prints the series' default. `contents` is the
 * 本期要目 setting the issue prints with (its own over its series'); off when not given.
 */
export function printJob(
  series: Series,
  issue: Issue,
  closingOverride: PrintableClosing | null,
  contents: ContentsSetting = CONTENTS_OFF,
): PrintJob {
  return {
    issue: toPrintableIssue(series, issue, closingOverride ?? series.closing, contents),
    layout: resolveLayout(series.layout),
  };
}
