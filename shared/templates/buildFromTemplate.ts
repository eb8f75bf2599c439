/**
 * A new issue's body from the series' section template: per section its numbered heading, its default
 * paragraphs, then its block — a generated section, a statistics block, or the hall-inspection checks
 * as ordinary numbered paragraphs one level below (the clerk edits them like any text).
 */
import {
  emptyDocument,
  generated,
  numbered,
  paragraph,
  statistics,
  DOCUMENT_SCHEMA_VERSION,
  type BlockElement,
  type BriefDocument,
  type NumberLevel,
} from '../document/types';
import type { HallCheck, TemplateBlock, TemplateSection } from './types';
import { fillTitle } from './titles';

/** The date `{年}` `{月}` are taken from: the period's start, else the issue date. */
export function titleDate(meta: { issueDate: string; periodStart: string | null }): string {
  return meta.periodStart ?? meta.issueDate;
}

/** One paragraph per non-empty line of a default text. */
export function defaultParagraphs(text: string): BlockElement[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => paragraph(line));
}

const SENTENCE_END = /[。！？；]$/u;

/** `按时到岗情况。总体情况良好。` */
export function hallCheckText(check: HallCheck): string {
  const text = check.text.trim();
  if (text === '') return `${check.label}。`;
  return `${check.label}。${SENTENCE_END.test(text) ? text : `${text}。`}`;
}

export function hallCheckLevel(sectionLevel: NumberLevel): NumberLevel {
  return Math.min(sectionLevel + 1, 4) as NumberLevel;
}

/** The blocks a template block starts a new issue with. */
export function templateBlockElements(block: TemplateBlock, sectionLevel: NumberLevel): BlockElement[] {
  switch (block.kind) {
    case 'attendance':
    case 'leaderVisits':
      return [generated(block.kind)];
    case 'statistics':
      return [statistics(block.groupId, block.form)];
    case 'hallInspection':
      return block.checks.map((check) => numbered(hallCheckLevel(sectionLevel), hallCheckText(check), 'paragraph'));
  }
}

export function buildFromTemplate(sections: readonly TemplateSection[], date: string): BriefDocument {
  if (sections.length === 0) return emptyDocument();
  const blocks = sections.flatMap((section, i) => {
    const body = [...defaultParagraphs(section.defaultText), ...(section.block ? templateBlockElements(section.block, section.level) : [])];
    // A section with nothing of its own and no subsection under it gets a paragraph to type in.
    const next = sections[i + 1];
    if (body.length === 0 && (!next || next.level <= section.level)) body.push(paragraph());
    return [numbered(section.level, fillTitle(section.title, date), 'heading'), ...body];
  });
  return { schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks };
}
