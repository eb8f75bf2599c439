/**
 * Running the rules over a document. Every rule reads one segment and the context, so the
 * hits of a segment depend only on its text and role: a proofreader keeps them by text and, after a
 * keystroke, runs the rules on the one segment that changed (the incremental pass).
 */
import type { BriefDocument } from '../document/types';
import { RULES } from './rules';
import { segmentsOf } from './segments';
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

/**
 * A proofreader for one issue's context. It remembers each segment's hits by role and text and keeps
 * only what the last pass used, so memory follows the document and a pass after a keystroke costs
 * the rules of the changed text plus a lookup per segment.
 */
export function createProofreader(context: ProofreadContext): Proofreader {
  let cache = new Map<string, SegmentHits>();
  return {
    run(document) {
      const next = new Map<string, SegmentHits>();
      const findings: Finding[] = [];
      for (const segment of segmentsOf(document, context)) {
        const cacheKey = `${segment.role}\u0000${segment.text}`;
        let hits = next.get(cacheKey) ?? cache.get(cacheKey);
        if (!hits) hits = runRules(segment.text, segment.role, context);
        next.set(cacheKey, hits);
        for (const hit of hits) findings.push(findingOf(segment, hit));
      }
      cache = next;
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
export function openFindings(
  document: BriefDocument,
  context: ProofreadContext = {},
  ignored: Iterable<string> = [],
): Finding[] {
  const skip = new Set(ignored);
  return proofread(document, context).filter((finding) => !skip.has(finding.key));
}
