/**
 * The name an exported file gets: `窗口工作周报2022年第28期.docx`. Series titles are typed by the clerk,
 * so anything Windows refuses in a file name is taken out (the file is usually saved there).
 */
import type { IssueMeta, Series } from '../../../shared/issues/types';

/** Characters Windows forbids in file names, and control characters. */
const ILLEGAL = /[<>:"/\\|?*\p{Cc}]/gu;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_STEM_CHARS = 120;

export function safeFileStem(text: string): string {
  let stem = text.replace(ILLEGAL, '').replace(/\s+/g, ' ').trim();
  stem = [...stem].slice(0, MAX_STEM_CHARS).join('');
  // Windows drops trailing dots and spaces, which would change the name under the clerk's eyes.
  stem = stem.replace(/[. ]+$/, '');
  if (stem === '' || RESERVED.test(stem)) stem = `简报${stem}`;
  return stem;
}

export function exportFileName(
  series: Pick<Series, 'title'>,
  issue: Pick<IssueMeta, 'year' | 'number'>,
  extension: 'docx' | 'pdf',
): string {
  return `${safeFileStem(`${series.title}${issue.year}年第${issue.number}期`)}.${extension}`;
}
