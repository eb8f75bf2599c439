/**
 * What saving a detected issue stores, when detection found what an issue needs (year, 期号, issue date);
 * else null. One rule for 导入往期, the start page's folder import and the command line, so that each of
 * them stores the imported statistics' figures and pictures along with the text.
 */
import type { ImportDraft } from '../contract/importChannels';
import type { DetectedIssue } from './types';

export function draftOf(issue: DetectedIssue): ImportDraft | null {
  if (issue.year === null || issue.number === null || issue.issueDate === null) return null;
  return {
    seriesTitle: issue.seriesTitle,
    issuer: issue.issuer,
    meta: {
      year: issue.year,
      supplement: false,
      number: issue.number,
      totalNumber: issue.totalNumber,
      issueDate: issue.issueDate,
      periodStart: issue.period?.[0] ?? null,
      periodEnd: issue.period?.[1] ?? null,
      partTitle: issue.partTitle,
    },
    document: issue.document,
    closing: issue.closing,
    ...(issue.figures.length > 0 ? { figures: issue.figures } : {}),
    ...(issue.pictures && issue.pictures.length > 0 ? { pictures: issue.pictures } : {}),
  };
}
