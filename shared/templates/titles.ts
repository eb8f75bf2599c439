/**
 * `{年}` and `{月}` in template titles: filled from a date (the period's start, else the issue date),
 * and matched as number patterns so that last month's `2025年1月总体运行情况` is recognised as the
 * section `{年}年{月}月总体运行情况` and rewritten for the new month.
 */
import { parseIsoDate } from '../issues/dates';

const PLACEHOLDER = /(\{年\}|\{月\})/;

export function hasDatePlaceholder(title: string): boolean {
  return PLACEHOLDER.test(title);
}

export function fillTitle(title: string, date: string): string {
  const d = parseIsoDate(date);
  return title.replaceAll('{年}', String(d.getFullYear())).replaceAll('{月}', String(d.getMonth() + 1));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a heading's text is this template title (placeholders standing for any year / month). */
export function titleMatches(templateTitle: string, heading: string): boolean {
  const pattern = templateTitle
    .trim()
    .split(PLACEHOLDER)
    .map((part) => (part === '{年}' ? '\\d{4}' : part === '{月}' ? '\\d{1,2}' : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${pattern}$`, 'u').test(heading.trim());
}
