/**
 * Reads a past issue's text (as extracted from a PDF, a DOCX or typed) into its structure: masthead,
 * body blocks, sections, 报尾 — and says in `warnings` what was guessed or missing. Pure: no I/O.
 */
import { DOCUMENT_SCHEMA_VERSION, paragraph } from '../document/types';
import type { ClosingLabel } from '../layout/issueView';
import { bodyBlocks } from './bodyBlocks';
import { readClosing } from './closing';
import { textDocument, type IncomingDocument } from './incoming';
import { incomingLines } from './incomingLines';
import { readMasthead } from './masthead';
import { monthFromBody, monthFromNumber } from './monthPeriod';
import { isoOf, resolvePeriod } from './period';
import { sectionTree } from './sections';
import { DEFAULT_SERIES_TITLE, type DetectedIssue, type DetectOptions, type Distribution, type ImportSummary } from './types';

export function detectIssue(text: string, options: DetectOptions = {}): DetectedIssue {
  return detectIncoming(textDocument(text), options);
}

/** Detection over the incoming document of any source (DOCX, .txt). */
export function detectIncoming(incoming: IncomingDocument, options: DetectOptions = {}): DetectedIssue {
  const defaultTitle = options.defaultSeriesTitle ?? DEFAULT_SERIES_TITLE;
  const warnings: string[] = [];
  const lines = incomingLines(incoming);
  // A heading by style or face ends the masthead as a numbered line does.
  const firstHeading = lines.findIndex((line) => line.hint !== undefined);
  const masthead = readMasthead(firstHeading < 0 ? lines : lines.slice(0, firstHeading), options.knownSeriesTitles ?? [defaultTitle]);
  const { closing, start: closingStart } = readClosing(lines, masthead.length);
  const blocks = bodyBlocks(incoming, lines, masthead.length, closingStart, warnings);
  for (const item of incoming.dropped) {
    warnings.push(`${item}未导入：简报正文不能保存图表或嵌入对象，请在导出的文档中另行插入。`);
  }
  warnings.push(...(incoming.notes ?? []));
  const outside = countPictures(incoming) - blocks.filter((block) => block.type === 'picture').length;
  if (outside > 0) warnings.push(`报头或报尾中的 ${outside} 张图片（如徽标）未导入：报头和报尾按简报系列的版式印出。`);

  if (!masthead.title) warnings.push(`未找到报头标题（可能在提取时丢失），已按默认系列“${defaultTitle}”处理。`);
  const issueDate = masthead.issueDate ? isoOf(masthead.issueDate.year, masthead.issueDate.month, masthead.issueDate.day) : null;
  if (!masthead.issueDate) warnings.push('未找到印发日期（如“2022年9月27日”）。');
  else if (!issueDate) warnings.push('印发日期不是有效的日期，请核对。');
  const number = masthead.issueNumber;
  if (!number) warnings.push('未找到期号行（如“2022年第28期（总第403期）”），保存前请填写期号。');
  let year = number?.year ?? null;
  if (year === null && issueDate) {
    year = Number(issueDate.slice(0, 4));
    if (number) warnings.push(`期号行没有年份，年份取自印发日期（${year}年）。`);
  }
  if (!masthead.issuer) warnings.push('未找到印发单位。');

  let period: [string, string] | null = null;
  if (masthead.period) {
    const reference = issueDate
      ? { year: Number(issueDate.slice(0, 4)), month: Number(issueDate.slice(5, 7)) }
      : year !== null
        ? { year, month: null }
        : null;
    period = reference ? resolvePeriod(masthead.period, reference) : null;
    if (!period) warnings.push('时段行无法确定日期（缺少年份或日期无效），请核对。');
    else if (period[0].slice(0, 4) !== period[1].slice(0, 4) || (issueDate && period[0].slice(0, 4) !== issueDate.slice(0, 4))) {
      warnings.push(`时段跨年，按印发日期推定为 ${period[0]} 至 ${period[1]}，请核对。`);
    }
  } else {
    // A monthly names its month in the body, or its number and date give it (issue 10.4).
    const title = masthead.title ?? defaultTitle;
    const monthly = (options.monthlySeriesTitles ?? []).includes(title) || title.includes('月报');
    const month = monthFromBody(blocks) ?? (monthly ? monthFromNumber(number?.number ?? null, issueDate) : null);
    if (month) {
      period = month.period;
      warnings.push(`没有时段行，按${month.source}推定时段为 ${month.period[0]} 至 ${month.period[1]}，请核对。`);
    } else warnings.push('未找到时段行（如“（8月22日—8月26日）”）。');
  }

  const sections = sectionTree(blocks);
  if (sections.length === 0) warnings.push('正文中没有找到带编号的标题（一、（一）1.（1））。');
  if (!closing) warnings.push('未找到报尾（报：/送：/发：）。');
  else if (closing.copies === null) warnings.push('报尾中未找到印数（共印N份）。');

  const distribution: Distribution = { 报: null, 送: null, 发: null };
  for (const line of closing?.lines ?? []) {
    const label: ClosingLabel = line.label;
    distribution[label] = distribution[label] === null ? line.text : `${distribution[label]}${line.text}`;
  }

  return {
    seriesTitle: masthead.title ?? defaultTitle,
    seriesTitleFound: masthead.title !== null,
    year,
    number: number?.number ?? null,
    totalNumber: number?.totalNumber ?? null,
    issuer: masthead.issuer,
    issueDate,
    period,
    partTitle: masthead.partTitle,
    sections,
    distribution,
    copies: closing?.copies ?? null,
    warnings,
    document: { schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks: blocks.length > 0 ? blocks : [paragraph()] },
    closing,
    figures: [],
  };
}

function countPictures(incoming: IncomingDocument): number {
  return incoming.blocks.filter((block) => block.kind === 'picture').length;
}

/** The fields `cli import --json` prints, in that order. */
export function importSummary(issue: ImportSummary): ImportSummary {
  return {
    seriesTitle: issue.seriesTitle,
    year: issue.year,
    number: issue.number,
    totalNumber: issue.totalNumber,
    issuer: issue.issuer,
    issueDate: issue.issueDate,
    period: issue.period,
    sections: issue.sections,
    distribution: issue.distribution,
    copies: issue.copies,
    warnings: issue.warnings,
  };
}
