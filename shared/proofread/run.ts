/**
 * Running the rules over a document. Every rule reads one segment and the context, so the
 * hits of a segment depend only on its text and role: a proofreader keeps them per block and, after a
 * keystroke, runs the rules on the one block that changed (the incremental pass).
 */
import type { BlockElement, BriefDocument } from '../document/types';
import { RULES } from './rules';
import { blockSegments, closingSegments } from './segments';
import type { Finding, ProofreadContext, RuleHit, RuleId, Segment, SegmentPlace, SegmentRole } from './types';

/** Characters of context kept either side of a finding. */
export const CONTEXT_CHARS = 12;
/** Characters of context in a finding's key: enough to tell places apart, few enough to survive nearby edits. */
const KEY_CHARS = 6;

/** Text the clerk fixes in the editor; generated, statistics and 报尾 lines are written elsewhere. */
export function isEditablePlace(place: SegmentPlace): boolean {
  return place.kind === 'block' || place.kind === 'cell';
}

type SegmentHits = { rule: RuleId; auto: boolean; hit: RuleHit }[];

function runRules(text: string, role: SegmentRole, context: ProofreadContext): SegmentHits {
  const out: SegmentHits = [];
  if (text === '') return out;
  for (const rule of RULES) {
    if (rule.roles && !rule.roles.includes(role)) continue;
    for (const hit of rule.find(text, role, context)) out.push({ rule: rule.id, auto: rule.auto, hit });
  }
  return out;
}

function findingOf(segment: Segment, { rule, auto, hit }: SegmentHits[number]): Finding {
  const { text } = segment;
  const original = text.slice(hit.start, hit.end);
  const before = text.slice(Math.max(0, hit.start - CONTEXT_CHARS), hit.start);
  const after = text.slice(hit.end, hit.end + CONTEXT_CHARS);
  return {
    ...hit,
    rule,
    auto: auto && hit.replacement !== undefined && isEditablePlace(segment.place),
    place: segment.place,
    original,
    before,
    after,
    key: `${rule}|${segment.place.kind}|${before.slice(-KEY_CHARS)}|${original}|${after.slice(0, KEY_CHARS)}`,
  };
}

export interface Proofreader {
  /** All findings of the document, in document order. */
  run(document: BriefDocument): Finding[];
}

/** What a proofreader remembers of one block: the texts it read, their hits, the findings at `index`. */
interface BlockMemo {
  index: number;
  roles: SegmentRole[];
  texts: string[];
  hits: SegmentHits[];
  findings: Finding[];
}

function memoOf(segments: readonly Segment[], index: number, hits: readonly SegmentHits[]): BlockMemo {
  return {
    index,
    roles: segments.map((s) => s.role),
    texts: segments.map((s) => s.text),
    hits: [...hits],
    findings: segments.flatMap((segment, k) => (hits[k] ?? []).map((hit) => findingOf(segment, hit))),
  };
}

function sameTexts(memo: BlockMemo, segments: readonly Segment[]): boolean {
  return (
    memo.texts.length === segments.length &&
    segments.every((segment, k) => segment.text === memo.texts[k] && segment.role === memo.roles[k])
  );
}

/**
 * A proofreader for one issue's context. It remembers each block (by the block object, as the editor
 * keeps unchanged blocks the same objects from one change to the next) with the texts it read, their
 * hits and its findings. A pass after a keystroke runs the rules on the changed block only; every
 * other block costs a comparison of its texts with the remembered ones (so a block changed in place
 * is still read again) and, when it moved, new places for its findings. Memory follows the document:
 * a block no longer referenced is forgotten with it.
 */
export function createProofreader(context: ProofreadContext): Proofreader {
  const memo = new WeakMap<BlockElement, BlockMemo>();
  let closing: Finding[] | null = null;
  return {
    run(document) {
      const findings: Finding[] = [];
      document.blocks.forEach((block, index) => {
        const segments = blockSegments(block, index);
        let known = memo.get(block);
        if (!known || !sameTexts(known, segments)) {
          known = memoOf(
            segments,
            index,
            segments.map((segment) => runRules(segment.text, segment.role, context)),
          );
          memo.set(block, known);
        } else if (known.index !== index) {
          known = memoOf(segments, index, known.hits);
          memo.set(block, known);
        }
        for (const finding of known.findings) findings.push(finding);
      });
      // The 报尾 lines come with the context, which a proofreader never changes.
      closing ??= closingSegments(context).flatMap((segment) =>
        runRules(segment.text, segment.role, context).map((hit) => findingOf(segment, hit)),
      );
      for (const finding of closing) findings.push(finding);
      return findings;
    },
  };
}

/** One full pass (no memory): what the CLI and the checks outside the editor use. */
export function proofread(document: BriefDocument, context: ProofreadContext = {}): Finding[] {
  return createProofreader(context).run(document);
}

/**
 * The findings the clerk has neither fixed nor ignored (忽略, remembered per issue by key): what the
 * 校对 panel lists, what 定稿 counts, what the checklist shows as open.
 */
export function openFindings(document: BriefDocument, context: ProofreadContext = {}, ignored: Iterable<string> = []): Finding[] {
  const skip = new Set(ignored);
  return proofread(document, context).filter((finding) => !skip.has(finding.key));
}
