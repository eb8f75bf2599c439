/**
 * Paired marks. Auto: straight quotes become “ ” (or ‘ ’) in pairs; a bracket pair written half-width
 * among Chinese, or with one half of each width (`（一)`), becomes full-width. Reported: a “ ” （ ）
 * or 《 》 without its partner.
 */
import { isHan } from '../chars';
import type { Rule, RuleHit } from '../types';

const HAN_ANY = /[\u3400-\u4dbf\u4e00-\u9fff]/;

function straightQuotes(text: string, quote: '"' | "'", open: string, close: string): RuleHit[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== quote) continue;
    // An apostrophe inside a Latin word (don't) is not a quote.
    if (quote === "'" && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
    at.push(i);
  }
  const hits: RuleHit[] = [];
  for (let k = 0; k + 1 < at.length; k += 2) {
    const a = at[k]!;
    const b = at[k + 1]!;
    if (!HAN_ANY.test(text.slice(Math.max(0, a - 1), b + 2))) continue; // an English quotation keeps its quotes
    hits.push({ start: a, end: a + 1, replacement: open, message: `引号应为“${open}${close}”` });
    hits.push({ start: b, end: b + 1, replacement: close, message: `引号应为“${open}${close}”` });
  }
  return hits;
}

export const quotesRule: Rule = {
  id: 'quotes',
  auto: true,
  find(text) {
    if (!text.includes('"') && !text.includes("'")) return [];
    return [...straightQuotes(text, '"', '“', '”'), ...straightQuotes(text, "'", '‘', '’')];
  },
};

/** Bracket pairs of either width, matched with a stack; unmatched ones listed apart. O(n). */
const BRACKET = /[()（）]/g;

function bracketPairs(text: string): { pairs: [number, number][]; unmatched: number[] } {
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  const unmatched: number[] = [];
  // Only the brackets are visited (a regular expression finds them without a string per character).
  for (const m of text.matchAll(BRACKET)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '(' || ch === '（') stack.push(i);
    else if (ch === ')' || ch === '）') {
      const open = stack.pop();
      if (open === undefined) unmatched.push(i);
      else pairs.push([open, i]);
    }
  }
  return { pairs, unmatched: [...unmatched, ...stack] };
}

export const bracketsRule: Rule = {
  id: 'brackets',
  auto: true,
  find(text) {
    if (!text.includes('(') && !text.includes(')')) return [];
    const hits: RuleHit[] = [];
    for (const [open, close] of bracketPairs(text).pairs) {
      const a = text[open];
      const b = text[close];
      const mixed = (a === '（') !== (b === '）');
      const amongChinese = HAN_ANY.test(text.slice(open + 1, close)) || isHan(text[open - 1]) || isHan(text[close + 1]);
      if (!mixed && !(a === '(' && amongChinese)) continue;
      if (a === '(') hits.push({ start: open, end: open + 1, replacement: '（', message: '括号应为全角“（）”' });
      if (b === ')') hits.push({ start: close, end: close + 1, replacement: '）', message: '括号应为全角“（）”' });
    }
    return hits;
  },
};

const PAIRS: [string, string, string, RegExp][] = [
  ['“', '”', '引号', /[“”]/g],
  ['《', '》', '书名号', /[《》]/g],
];

const PAIRED_MARK = /[()（）“”《》]/;

export const unbalancedRule: Rule = {
  id: 'unbalanced',
  auto: false,
  find(text) {
    if (!PAIRED_MARK.test(text)) return [];
    const hits: RuleHit[] = [];
    for (const i of bracketPairs(text).unmatched) {
      hits.push({ start: i, end: i + 1, message: `括号“${text[i]}”不成对` });
    }
    for (const [open, close, name, re] of PAIRS) {
      let depth = -1;
      let lastOpen = -1;
      for (const m of text.matchAll(re)) {
        const i = m.index;
        if (m[0] === open) {
          if (depth === 0) hits.push({ start: lastOpen, end: lastOpen + 1, message: `${name}“${open}”没有对应的“${close}”` });
          depth = 0;
          lastOpen = i;
        } else {
          if (depth !== 0) hits.push({ start: i, end: i + 1, message: `${name}“${close}”没有对应的“${open}”` });
          depth = -1;
        }
      }
      if (depth === 0) hits.push({ start: lastOpen, end: lastOpen + 1, message: `${name}“${open}”没有对应的“${close}”` });
    }
    return hits;
  },
};
