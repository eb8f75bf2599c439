/**
 * Imported figures are figures (issue 10.2): a statistics sentence or table of an imported issue that
 * matches one of the series' metric groups — in the printed forms of shared/statistics/text.ts —
 * becomes a statistics block, and its figures are returned to be stored with the issue, the printed
 * 今年以来 as the typed total so year-to-date totals chain through imported weeks as through typed ones.
 *
 * Never invented: a paragraph is taken only when nothing but the group's frame (lead, 本周, 共计,
 * 今年以来, 累计, the date range, categories) is left once its figures are read out; a figure the text
 * does not give is named in a warning and stays empty. Text that looks statistical but matches no
 * group stays text, with a warning. One pass per paragraph and group: linear in the text.
 */
import { blockText, statistics, type BlockElement, type BriefDocument, type StatisticsElement } from '../document/types';
import type { TableElement } from '../document/table';
import type { FigureInput, Metric, MetricGroup } from '../statistics/types';

export interface ImportedFigure extends FigureInput {
  groupId: number;
}

export interface StatisticsMatch {
  document: BriefDocument;
  figures: ImportedFigure[];
  warnings: string[];
}

const NUMBER = '(\\d[\\d,，]*)';
const UNITS = '件次|人次|件|次|个|项|人';
const FRAME = /本周|本月|本期|共计|今年以来|累计|合计|其中|[，、。；：,.;:\s]/g;
const DATE_RANGE = /\d{4}年\d{1,2}月\d{1,2}日(?:至|—|-|到)\d{4}年\d{1,2}月\d{1,2}日/g;
const LOOKS_STATISTICAL = /今年以来|累计|共计/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toNumber(digits: string): number {
  return Number(digits.replace(/[,，]/g, ''));
}

/** `咨询2046人次`: the figure of one metric in a piece of text, and the text with it cut out. */
function readFigure(text: string, metric: Metric): { value: number | null; rest: string } {
  // The unit as printed, or one of the usual ones: a printed issue may say 流转82794次 for 件次.
  const re = new RegExp(`${escapeRegExp(metric.label)}${NUMBER}(?:${UNITS}|${escapeRegExp(metric.unit)})`);
  const m = re.exec(text);
  if (!m) return { value: null, rest: text };
  return { value: toNumber(m[1]!), rest: text.slice(0, m.index) + text.slice(m.index + m[0].length) };
}

function residue(text: string, group: MetricGroup): string {
  let rest = text.replace(DATE_RANGE, '');
  if (group.lead !== '') rest = rest.split(group.lead).join('');
  for (const metric of group.metrics) if (metric.category !== '') rest = rest.split(metric.category).join('');
  return rest.replace(FRAME, '');
}

interface Read {
  figures: FigureInput[];
  unread: string[];
}

/** A period group's sentence: values before 今年以来, totals after it. */
function readPeriodSentence(text: string, group: MetricGroup): Read | null {
  const split = text.indexOf('今年以来');
  let before = split < 0 ? text : text.slice(0, split);
  let after = split < 0 ? '' : text.slice(split);
  const figures: FigureInput[] = [];
  const unread: string[] = [];
  for (const metric of group.metrics) {
    const value = readFigure(before, metric);
    const total = readFigure(after, metric);
    before = value.rest;
    after = total.rest;
    if (value.value === null && total.value === null) unread.push(metric.label);
    else {
      if (value.value === null) unread.push(`${metric.label}本期`);
      if (total.value === null && split >= 0) unread.push(`${metric.label}今年以来`);
      figures.push({ metricId: metric.id, value: value.value, total: total.value });
    }
  }
  return residue(before + after, group) === '' ? { figures, unread } : null;
}

/** A cumulative group's sentence: `省本级行政许可事项受理588929件，办结583751件；…` per category. */
function readCumulativeSentence(text: string, group: MetricGroup): Read | null {
  const parts = text.split('；');
  const figures: FigureInput[] = [];
  const unread: string[] = [];
  for (const metric of group.metrics) {
    const index = parts.findIndex((part) => metric.category === '' || part.includes(metric.category));
    const read = index < 0 ? { value: null, rest: '' } : readFigure(parts[index]!, metric);
    if (index >= 0) parts[index] = read.rest;
    if (read.value === null) unread.push(`${metric.category}${metric.label}`);
    else figures.push({ metricId: metric.id, value: read.value, total: null });
  }
  return residue(parts.join(''), group) === '' ? { figures, unread } : null;
}

const withoutUnit = (cell: string): string => cell.replace(/[（(][^）)]*[）)]$/, '').trim();
const isFigureCell = (cell: string): boolean => /^\d[\d,，]*$/.test(cell.trim());

/** Period table [项目, 本周, 今年以来] or cumulative table [项目, 受理（件）, 办结（件）] with a row per category. */
function readTable(rows: readonly string[][], group: MetricGroup): Read | null {
  const [header, ...body] = rows;
  if (!header || body.length === 0) return null;
  const figures: FigureInput[] = [];
  const unread: string[] = [];
  if (group.mode === 'period') {
    const valueColumn = header.findIndex((cell) => /本周|本月|本期/.test(cell));
    const totalColumn = header.findIndex((cell) => /今年以来|累计/.test(cell));
    if (valueColumn < 0) return null;
    let used = 0;
    for (const metric of group.metrics) {
      const row = body.find((r) => withoutUnit(r[0] ?? '') === metric.label);
      const value = row && isFigureCell(row[valueColumn] ?? '') ? toNumber(row[valueColumn]!) : null;
      const total = row && totalColumn >= 0 && isFigureCell(row[totalColumn] ?? '') ? toNumber(row[totalColumn]!) : null;
      if (row) used++;
      if (value === null && total === null) unread.push(metric.label);
      else figures.push({ metricId: metric.id, value, total });
    }
    return used === body.length ? { figures, unread } : null;
  }
  const columns = header.map(withoutUnit);
  const categoryOf = (cell: string, category: string): boolean =>
    category === '' ? cell === group.name || body.length === 1 : cell === category || category.endsWith(cell) || cell.endsWith(category);
  const usedRows = new Set<number>();
  for (const metric of group.metrics) {
    const column = columns.indexOf(metric.label);
    const rowIndex = body.findIndex((r) => categoryOf((r[0] ?? '').trim(), metric.category));
    const cell = column > 0 && rowIndex >= 0 ? (body[rowIndex]![column] ?? '') : '';
    if (rowIndex >= 0) usedRows.add(rowIndex);
    if (isFigureCell(cell)) figures.push({ metricId: metric.id, value: toNumber(cell), total: null });
    else unread.push(`${metric.category}${metric.label}`);
  }
  return usedRows.size === body.length ? { figures, unread } : null;
}

function accept(read: Read | null, group: MetricGroup): boolean {
  // At least half of the group's figures (and one) must be read for the text to be this group's.
  return read !== null && read.figures.length > 0 && read.figures.length * 2 >= group.metrics.length;
}

function bestMatch(
  groups: readonly MetricGroup[],
  readOne: (group: MetricGroup) => Read | null,
): { group: MetricGroup; read: Read } | null {
  let best: { group: MetricGroup; read: Read } | null = null;
  for (const group of groups) {
    const read = readOne(group);
    if (accept(read, group) && (!best || read!.figures.length > best.read.figures.length)) best = { group, read: read! };
  }
  return best;
}

/**
 * Replaces matching paragraphs and tables by statistics blocks; `lines` / `rows` keep the text as it
 * was printed until the block is first rendered from the stored figures.
 */
export function matchStatistics(document: BriefDocument, groups: readonly MetricGroup[]): StatisticsMatch {
  const figures: ImportedFigure[] = [];
  const warnings: string[] = [];
  const taken = new Set<number>();
  const readSentence = (text: string) =>
    bestMatch(groups, (group) => (group.mode === 'period' ? readPeriodSentence(text, group) : readCumulativeSentence(text, group)));
  const blocks = document.blocks.flatMap((block, index): BlockElement[] => {
    const isTable = block.type === 'table';
    const text = block.type === 'paragraph' ? blockText(block) : '';
    if (!isTable && !/\d/.test(text)) return [block];
    let prefix = '';
    let match = isTable ? bestMatch(groups, (group) => readTable((block as TableElement).rows, group)) : readSentence(text);
    if (!match && !isTable) {
      // `省本级综窗办件情况。本周，共计…`: a title sentence before the figures stays a paragraph of its own.
      const split = text.indexOf('。');
      const rest = split < 0 ? '' : text.slice(split + 1);
      if (rest !== '' && (/^(本周|本月|本期)/.test(rest) || groups.some((g) => g.lead !== '' && rest.startsWith(g.lead)))) {
        match = readSentence(rest);
        if (match) prefix = text.slice(0, split + 1);
      }
    }
    const where = isTable ? `第${index + 1}块的表格` : `第${index + 1}段`;
    const kind = isTable ? '表格' : '文字';
    if (!match) {
      const statistical = isTable
        ? (block as TableElement).rows.slice(1).some((row) => row.slice(1).some(isFigureCell))
        : LOOKS_STATISTICAL.test(text);
      if (statistical && groups.length > 0)
        warnings.push(`${where}像是统计数字，但与本系列的统计项对不上，已按${kind}导入，没有记为统计数字。`);
      return [block];
    }
    if (taken.has(match.group.id)) {
      warnings.push(`${where}又是统计“${match.group.name}”的数字，一期只记一次，已按${kind}导入。`);
      return [block];
    }
    taken.add(match.group.id);
    for (const f of match.read.figures) figures.push({ groupId: match.group.id, ...f });
    if (match.read.unread.length > 0) {
      warnings.push(`统计“${match.group.name}”（${where}）：未能读出${match.read.unread.join('、')}的数字，请在统计块中补填。`);
    }
    const element: StatisticsElement = statistics(match.group.id, isTable ? 'table' : 'sentence');
    if (isTable) element.rows = (block as TableElement).rows.map((row) => [...row]);
    else element.lines = [text.slice(prefix.length)];
    return prefix === '' ? [element] : [{ type: 'paragraph', children: [{ text: prefix }] }, element];
  });
  return { document: { ...document, blocks }, figures, warnings };
}
