/**
 * A whole sample through 全部修正: each clean fixture (test/fixtures/issues, the samples cleaned by
 * hand) is soiled in code by the inverse of the never-ambiguous rules — the noise the samples carry
 * (half-width marks, straight quotes, spaces inside words and before 年, doubled marks, full-width
 * digits, `3月18日-3月22日`, mixed brackets) — then fixDocument must give the clean fixture back
 * block for block, bold runs included, and a second pass must find nothing certain to fix.
 */
import { describe, expect, it } from 'vitest';
import { type BlockElement, type BriefDocument, type StyledText } from '../../../shared/document/types';
import { AUTO_RULES, fixDocument, proofread, type RuleId } from '../../../shared/proofread';
import { SAMPLE_ISSUES, type IssueFixture } from '../../fixtures/issues';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);
const HALF: Record<string, string> = { '，': ',', '：': ':', '；': ';', '。': '.' };

/** A counter shared by the whole document, so each kind of noise lands on every other occurrence. */
type Dice = Record<string, number>;
function every(dice: Dice, kind: string, n: number): boolean {
  dice[kind] = (dice[kind] ?? 0) + 1;
  return dice[kind] % n === 0;
}

/** The inverse of the certain fixes, applied to one run of text (so bold stays on its characters). */
function soil(text: string, dice: Dice): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (ch in HALF && isHan(prev) && isHan(next) && (ch !== '。' || every(dice, 'stop', 3)) && every(dice, ch, 2)) {
      out += HALF[ch]! + (every(dice, 'space after', 3) ? ' ' : '');
    } else if (ch === '“' || ch === '”') out += '"';
    else if (ch === '）' && every(dice, 'bracket', 2)) out += ')';
    else if (ch === '—' && /[日月]/.test(prev ?? '') && /\d/.test(next ?? '')) out += every(dice, 'range', 2) ? '-' : '~';
    else if (ch === '。' && i === chars.length - 1 && every(dice, 'doubled', 2)) out += '。。';
    else if (ch === '、' && every(dice, 'doubled', 7)) out += '、、';
    else if (/\d/.test(ch) && prev !== '—' && every(dice, 'digit', 5)) out += String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
    else if (ch === 'e' && isHan(chars[i - 2])) out += 'ｅ';
    else out += ch;
    // Spaces: before 年/月/日/件/个/人 after a number, inside words, after 第.
    // (Not inside a range's first date, which the range rule reads only once the space is gone.)
    if (/\d/.test(ch) && /[年月日件个人项]/.test(next ?? '') && chars[i + 2] !== '—' && every(dice, 'unit space', 2)) out += ' ';
    else if (ch === '第' && /\d/.test(next ?? '')) out += ' ';
    else if (isHan(ch) && isHan(next) && every(dice, 'word space', 23)) out += ' ';
  }
  return out;
}

function soilBlock(block: BlockElement, dice: Dice): BlockElement {
  switch (block.type) {
    case 'paragraph':
    case 'numbered':
      return { ...block, children: block.children.map((leaf: StyledText) => ({ ...leaf, text: soil(leaf.text, dice) })) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map((cell) => soil(cell, dice))) };
    default:
      return block;
  }
}

/** `2024-03-18` → `3月18日`, as the masthead prints it. */
function monthDay(iso: string): string {
  const [, month, day] = iso.split('-').map(Number);
  return `${month}月${day}日`;
}

/** The sample's whole text: its masthead's period and date lines (which carry a range) and its body. */
function cleanDocument(fixture: IssueFixture): BriefDocument {
  const { meta, document } = fixture;
  const [year, month, day] = meta.issueDate.split('-').map(Number);
  const masthead: BlockElement[] = [{ type: 'paragraph', children: [{ text: `${year}年${month}月${day}日` }] }];
  if (meta.periodStart && meta.periodEnd) {
    masthead.unshift({ type: 'paragraph', children: [{ text: `（${monthDay(meta.periodStart)}—${monthDay(meta.periodEnd)}）` }] });
  }
  return { ...document, blocks: [...masthead, ...document.blocks] };
}

const AUTO_IDS = AUTO_RULES.map((rule) => rule.id);

describe.each(SAMPLE_ISSUES.map((fixture) => [fixture.source, fixture] as const))('%s through 全部修正', (_source, fixture) => {
  const clean = cleanDocument(fixture);
  const dirty: BriefDocument = (() => {
    const dice: Dice = {};
    return { ...clean, blocks: clean.blocks.map((block) => soilBlock(block, dice)) };
  })();

  it('the clean fixture has nothing certain to fix', () => {
    expect(proofread(clean).filter((f) => f.auto)).toEqual([]);
    expect(fixDocument(clean).changes).toEqual([]);
  });

  it('the soiled copy is noisy in every way the certain rules read', () => {
    const found = new Set<RuleId>(
      proofread(dirty)
        .filter((f) => f.auto)
        .map((f) => f.rule),
    );
    // `...` needs an ellipsis in the text, which none of the samples prints.
    expect([...found].sort()).toEqual(AUTO_IDS.filter((id) => id !== 'ellipsis').sort());
    const changed = dirty.blocks.filter((block, i) => JSON.stringify(block) !== JSON.stringify(clean.blocks[i])).length;
    expect(changed).toBeGreaterThan(clean.blocks.length / 2);
  });

  it('全部修正 gives the clean fixture back block for block, and a second run finds nothing', () => {
    const { document: fixed, changes } = fixDocument(dirty);
    expect(fixed.blocks).toHaveLength(clean.blocks.length);
    fixed.blocks.forEach((block, i) => expect(block, `block ${i}`).toEqual(clean.blocks[i]));
    expect(changes.length).toBeGreaterThan(0);
    expect(proofread(fixed).filter((f) => f.auto)).toEqual([]);
    expect(fixDocument(fixed).changes).toEqual([]);
  });
});
