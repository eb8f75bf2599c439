/**
 * The HTML of the printed elements: masthead, body blocks (whole or a page's share of their lines)
 * and the 报尾. Text is escaped; rules are inline SVG lines, because Chromium snaps CSS borders to
 * whole CSS pixels when printing (0.35 mm and 0.25 mm would both come out 0.26 mm).
 *
 * A block's text, as the measuring script sees it (its textContent), is its label followed by its
 * runs; line starts are offsets into that text, and blockHtml cuts a block's share of lines with them.
 */
import {
  CLOSING_LABELS,
  formatCopies,
  type PrintableClosing,
  type PrintableIssue,
  type PrintBlock,
} from '../../../../shared/layout/issueView';
import { issuerLineFit } from '../../../../shared/layout/mastheadFit';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import { mmToPt } from '../../../../shared/layout/units';
import { escapeHtml } from './escape';
import { round } from './geometry';
import { inlineHtml, printedText, textHtml } from './textRuns';

export { escapeHtml };

interface Segment {
  text: string;
  bold: boolean;
}

/** The block's text in pieces, label first: what its element's textContent is. */
export function blockSegments(block: PrintBlock): Segment[] {
  const raw: Segment[] = block.runs.map((run) => ({ text: run.text, bold: run.bold }));
  if (block.label !== null) raw.unshift({ text: block.label, bold: false });
  // Each run printed knowing the next run's first character: a hang space depends on what follows.
  return raw.map((segment, i) => ({
    text: printedText(segment.text, raw[i + 1]?.text[0] ?? ''),
    bold: segment.bold,
  }));
}

export function blockText(block: PrintBlock): string {
  return blockSegments(block)
    .map((s) => s.text)
    .join('');
}

/** The segments cut to the code units [from, to) of the block's text. */
export function sliceSegments(segments: readonly Segment[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + segment.text.length);
    if (end > start) out.push({ text: segment.text.slice(start - offset, end - offset), bold: segment.bold });
    offset += segment.text.length;
  }
  return out;
}

function segmentsHtml(segments: readonly Segment[], before: string, after: string): string {
  return segments
    .map((s, i) => {
      const html = inlineHtml(
        s.text,
        i === 0 ? before : (segments[i - 1]!.text.at(-1) ?? ''),
        i === segments.length - 1 ? after : (segments[i + 1]!.text[0] ?? ''),
      );
      return s.bold ? `<strong>${html}</strong>` : html;
    })
    .join('');
}

export function blockClass(block: PrintBlock): string {
  return block.kind === 'heading' && block.level !== null ? `h${block.level}` : 'body';
}

export interface BlockShare {
  /** Offsets into blockText where the share starts and ends. */
  from: number;
  to: number;
  /** The share does not begin the block (no first-line indent). */
  continued: boolean;
  /** The block goes on after the share (its last line is a full, justified line). */
  continues: boolean;
}

/**
 * A body block. In the flow (no share) it carries `data-flow` (its index among the measured items);
 * on a page it is the share of its lines that falls there.
 */
export function blockHtml(block: PrintBlock, flowIndex: number, share?: BlockShare): string {
  const classes = ['b', blockClass(block)];
  if (share?.continued) classes.push('cont');
  if (share?.continues) classes.push('split');
  const segments = blockSegments(block);
  const text = segments.map((s) => s.text).join('');
  const from = share?.from ?? 0;
  const to = share?.to ?? text.length;
  const content = share ? sliceSegments(segments, from, to) : segments;
  const flow = share ? '' : ` data-flow="${flowIndex}" data-split`;
  return `<p class="${classes.join(' ')}"${flow}>${segmentsHtml(content, text[from - 1] ?? '', text[to] ?? '')}</p>`;
}

/** A horizontal rule of `thicknessPt`, its top `topPt` below the top of its positioned parent (negative: above). */
function ruleSvg(thicknessPt: number, color: string, placement: { topPt: number } | { bottomPt: number }): string {
  const t = round(thicknessPt);
  const where = 'topPt' in placement ? `top: ${round(placement.topPt)}pt` : `bottom: ${round(placement.bottomPt)}pt`;
  return `<svg class="rule" style="${where}; height: ${t}pt" aria-hidden="true"><line x1="0" x2="100%" y1="${round(t / 2)}pt" y2="${round(t / 2)}pt" stroke="#${color}" stroke-width="${t}pt"/></svg>`;
}

/**
 * Issuer and date on one line (mastheadFit.ts, as the DOCX): the line's size, and when condensed, its
 * content laid out `1/scale` wide and scaled back to the text block's width.
 */
function issuerLineStyle(issue: PrintableIssue, layout: LayoutSpec): string {
  const fit = issuerLineFit(issue.issuer, issue.dateLine, layout);
  const declarations = [];
  if (fit.sizePt !== layout.body.sizePt) declarations.push(`font-size: ${fit.sizePt}pt`);
  if (fit.scalePercent !== 100) declarations.push(`--fit: ${fit.scalePercent / 100}`);
  return declarations.length === 0 ? '' : ` style="${declarations.join('; ')}"`;
}

/** 报头: title, 期号 line, issuer and date over the red rule, empty lines, part title, period line. */
export function mastheadHtml(issue: PrintableIssue, layout: LayoutSpec, flowIndex: number): string {
  const { masthead } = layout;
  const lines = [
    `<div class="line title">${escapeHtml(issue.seriesTitle)}</div>`,
    `<div class="line number">${textHtml(issue.numberLine)}</div>`,
    `<div class="line issuer"${issuerLineStyle(issue, layout)}><div class="fit"><span>${escapeHtml(issue.issuer)}</span><span>${textHtml(issue.dateLine)}</span></div>${ruleSvg(
      masthead.ruleThicknessPt,
      masthead.ruleColor,
      { bottomPt: 0 },
    )}</div>`,
  ];
  for (let i = 0; i < masthead.linesAfterRule; i++) lines.push('<div class="line"></div>');
  if (issue.partTitle !== null) lines.push(`<div class="line part">${escapeHtml(issue.partTitle)}</div>`);
  if (issue.periodLine !== null) lines.push(`<div class="line period">${textHtml(issue.periodLine)}</div>`);
  return `<header class="masthead" data-flow="${flowIndex}">${lines.join('')}</header>`;
}

/**
 * 报尾: one row per 报/送/发 line (hanging after the colon), `（共印N份）` right-aligned in the last
 * row; rules above the first row and below the last (outer width), between rows (inner width).
 * On a page it is placed so its last rule's bottom edge is the text block's bottom edge.
 */
export function closingHtml(closing: PrintableClosing, layout: LayoutSpec, flowIndex: number | null): string {
  const { ruleColor } = layout.closing;
  const outer = mmToPt(layout.closing.outerRuleMm);
  const inner = mmToPt(layout.closing.innerRuleMm);
  const ordered = CLOSING_LABELS.flatMap((label) => closing.lines.filter((line) => line.label === label));
  const rows = ordered.map((line) => [`<p class="entry">${textHtml(`${line.label}：${line.text}`)}</p>`]);
  if (closing.copies !== null) {
    const copies = `<p class="copies">${textHtml(formatCopies(closing.copies))}</p>`;
    const last = rows[rows.length - 1];
    if (last) last.push(copies);
    else rows.push([copies]);
  }
  const html = rows.map((content, i) => {
    const rules = [i === 0 ? ruleSvg(outer, ruleColor, { topPt: 0 }) : ruleSvg(inner, ruleColor, { topPt: -inner / 2 })];
    if (i === rows.length - 1) rules.push(ruleSvg(outer, ruleColor, { bottomPt: 0 }));
    return `<div class="row">${content.join('')}${rules.join('')}</div>`;
  });
  const flow = flowIndex === null ? '' : ` data-flow="${flowIndex}"`;
  return `<div class="closing"${flow}>${html.join('')}</div>`;
}
