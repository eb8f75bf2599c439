/**
 * A new issue's body from the previous issue: its sections (split at the level-1 headings) with their
 * shape kept and their news cleared, so the clerk only writes what is new.
 *
 * A section whose template section keeps its text (keepText) is copied as it was (only its statistics
 * and generated blocks are emptied: they are written for each issue). Any other section
 * keeps its numbered headings, tables, generated sections and statistics blocks (their text emptied:
 * it is written again for the new issue) and, under a hall-inspection section, the check paragraphs;
 * paragraphs and whole-paragraph items go, one empty paragraph standing where they were (the template
 * section's default text instead, when it has one, right under its heading). A block the template puts
 * in a section and the previous issue lacked (an imported issue has a typed 厅（局）长进大厅, say) is
 * added. Titles with `{年}` `{月}` in the template are rewritten for the new period; text before the
 * first level-1 heading is dropped.
 */
import { moduleOf } from '../document/blocks/registry';
import {
  blockText,
  emptyDocument,
  numbered,
  paragraph,
  DOCUMENT_SCHEMA_VERSION,
  type BlockElement,
  type BriefDocument,
  type NumberedElement,
} from '../document/types';
import { defaultParagraphs, templateBlockElements } from './buildFromTemplate';
import { fillTitle, hasDatePlaceholder, titleMatches } from './titles';
import type { TemplateBlock, TemplateSection } from './types';

function isHeading(block: BlockElement): block is NumberedElement {
  return block.type === 'numbered' && block.display === 'heading';
}

function templateFor(template: readonly TemplateSection[], heading: NumberedElement): TemplateSection | undefined {
  const text = blockText(heading);
  return template.find((t) => t.level === heading.level && titleMatches(t.title, text));
}

function retitle(heading: NumberedElement, section: TemplateSection | undefined, date: string): NumberedElement {
  return section && hasDatePlaceholder(section.title) ? numbered(heading.level, fillTitle(section.title, date), 'heading') : heading;
}

/** Splits blocks before each block `starts` accepts; blocks before the first such block form group 0 (head null). */
function splitAt(blocks: readonly BlockElement[], starts: (b: BlockElement) => boolean) {
  const groups: { head: NumberedElement | null; body: BlockElement[] }[] = [{ head: null, body: [] }];
  for (const block of blocks) {
    if (isHeading(block) && starts(block)) groups.push({ head: block, body: [] });
    else groups[groups.length - 1]!.body.push(block);
  }
  return groups;
}

function hallLabels(section: TemplateSection | undefined): string[] {
  return section?.block?.kind === 'hallInspection' ? section.block.checks.map((c) => c.label) : [];
}

/** The block carried over with its printed text emptied, or null when it is news to clear (its module says). */
function carried(block: BlockElement, labels: readonly string[]): BlockElement | null {
  return moduleOf(block).carried(block, labels);
}

/** Whether the blocks already hold what the template block would add. */
function holds(blocks: readonly BlockElement[], block: TemplateBlock, labels: readonly string[]): boolean {
  return blocks.some((b) => {
    if (block.kind === 'statistics') return b.type === 'statistics' && b.groupId === block.groupId;
    if (block.kind === 'hallInspection') return b.type === 'numbered' && labels.some((l) => blockText(b).startsWith(l));
    return b.type === 'generated' && b.kind === block.kind;
  });
}

/** The body under one heading, cleared. `owner` is the heading's template section, `section` the level-1 one's. */
function clearSegment(
  body: readonly BlockElement[],
  headLevel: NumberedElement['level'],
  owner: TemplateSection | undefined,
  section: TemplateSection | undefined,
): BlockElement[] {
  const labels = hallLabels(owner ?? section);
  const kept = body.map((b) => carried(b, labels));
  // What the template adds that the previous issue lacked: placed with the first cleared run, else at the end.
  let missing =
    owner?.block &&
    !holds(
      kept.filter((b) => b !== null),
      owner.block,
      labels,
    )
      ? templateBlockElements(owner.block, headLevel)
      : [];
  const defaults = owner ? defaultParagraphs(owner.defaultText) : [];
  const out: BlockElement[] = [];
  let first = true;
  let inRun = false;
  for (const block of kept) {
    if (block !== null) {
      out.push(block);
      inRun = false;
      continue;
    }
    if (inRun) continue;
    inRun = true;
    if (first) {
      out.push(...(defaults.length > 0 ? defaults : missing.length > 0 ? [] : [paragraph()]), ...missing);
      missing = [];
    } else {
      out.push(paragraph());
    }
    first = false;
  }
  out.push(...missing);
  return out;
}

export function buildFromPrevious(previous: BriefDocument, template: readonly TemplateSection[], date: string): BriefDocument {
  const blocks: BlockElement[] = [];
  // Group 0 is the text before the first level-1 heading: dropped.
  for (const { head, body } of splitAt(previous.blocks, (b) => b.type === 'numbered' && b.level === 1).slice(1)) {
    const heading = head!;
    const section = templateFor(template, heading);
    blocks.push(retitle(heading, section, date));
    if (section?.keepText) {
      // A standing text stays as it was, but figures are per issue: last week's must not print as this week's.
      blocks.push(...body.map((b) => moduleOf(b).kept(b)));
      continue;
    }
    splitAt(body, () => true).forEach((segment, i) => {
      const segmentHead = i === 0 ? heading : segment.head!;
      const owner = i === 0 ? section : templateFor(template, segmentHead);
      if (i > 0) blocks.push(retitle(segmentHead, owner, date));
      blocks.push(...clearSegment(segment.body, segmentHead.level, owner, section));
    });
  }
  return blocks.length === 0 ? emptyDocument() : { schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks };
}
