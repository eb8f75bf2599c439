/**
 * Text normalisation for printed output (GUIDE §1): what clerks type and what extraction leaves —
 * half-width brackets and punctuation in Chinese text, spaces between digits and Chinese, other
 * dashes in ranges — comes out consistent: `（一）`, `2022年第28期`, `8月22日—8月26日`.
 *
 * Every rule maps one character to one character or to nothing, so styled runs (bold) can be
 * normalised as one text and cut back at the same places (normalizeRuns).
 */

/** Han, CJK punctuation, full-width forms, 《》“”‘’ and the em dash: text set in the Chinese face. */
const CJK =
  /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u2014\u2018\u2019\u201C\u201D\u2026]/u;
const SPACE = /[ \t\u00A0]/;
const ASCII_TO_FULL_PUNCT: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
/** Dashes that mean a range or a break in Chinese text and print as the em dash. */
const OTHER_DASHES = /[\u2013\u2015\u2212]/;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Characters of `chars`, skipping spaces, looking left (−1) or right (+1) from `i`. */
function neighbour(chars: readonly string[], i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) {
    const ch = chars[j]!;
    if (!SPACE.test(ch)) return ch;
  }
  return undefined;
}

/** Indexes of `(`…`)` pairs (no nesting inside) whose content is Chinese or a bare number. */
function bracketPairsToWiden(chars: readonly string[]): Set<number> {
  const widen = new Set<number>();
  let open = -1;
  chars.forEach((ch, i) => {
    if (ch === '(') open = i;
    else if (ch === ')' && open >= 0) {
      const inner = chars
        .slice(open + 1, i)
        .join('')
        .trim();
      const chinese = [...inner].some((c) => isCjk(c));
      const number = /^[0-9]+$/.test(inner);
      const besideChinese = isCjk(neighbour(chars, open, -1)) || isCjk(neighbour(chars, i, 1));
      if (chinese || number || (besideChinese && inner.length > 0)) {
        widen.add(open);
        widen.add(i);
      }
      open = -1;
    }
  });
  return widen;
}

/** Indexes of `"`…`"` pairs around Chinese text, which print as “…”. */
function quotePairsToCurl(chars: readonly string[]): Map<number, string> {
  const curl = new Map<number, string>();
  let open = -1;
  chars.forEach((ch, i) => {
    if (ch !== '"') return;
    if (open < 0) {
      open = i;
      return;
    }
    if (chars.slice(open + 1, i).some((c) => isCjk(c))) {
      curl.set(open, '\u201C');
      curl.set(i, '\u201D');
    }
    open = -1;
  });
  return curl;
}

/**
 * The replacement of each character of `text` ('' = dropped), index-aligned with `[...text]`.
 * Exposed for normalizeRuns; most callers want normalizePrintText.
 */
export function normalizedChars(text: string): string[] {
  const chars = [...text];
  const brackets = bracketPairsToWiden(chars);
  const quotes = quotePairsToCurl(chars);
  const out = chars.map((ch, i) => {
    if (brackets.has(i)) return ch === '(' ? '（' : '）';
    const quote = quotes.get(i);
    if (quote) return quote;
    const full = ASCII_TO_FULL_PUNCT[ch];
    if (full && (isCjk(chars[i - 1]) || isCjk(neighbour(chars, i, 1)))) {
      // 08:30 and 1,000 stay as they are: only punctuation touching Chinese is Chinese punctuation.
      return full;
    }
    if (OTHER_DASHES.test(ch) && (isCjk(neighbour(chars, i, -1)) || isCjk(neighbour(chars, i, 1)))) return '—';
    return ch;
  });
  // Spaces: dropped at the ends and next to Chinese, where they are typing or extraction noise
  // (`2022 年`, `四川 e 就业`); elsewhere (`Times New Roman`, `12 34`, `f(x) = y`) a run of them is one.
  for (let i = 0; i < chars.length; i++) {
    if (!SPACE.test(chars[i]!)) continue;
    let end = i;
    while (end < chars.length && SPACE.test(chars[end]!)) end++;
    const before = out[i - 1];
    const after = out[end];
    const keepOne = before !== undefined && after !== undefined && !isCjk(before) && !isCjk(after);
    for (let j = i; j < end; j++) out[j] = keepOne && j === i ? ' ' : '';
    i = end - 1;
  }
  return out;
}

export function normalizePrintText(text: string): string {
  return normalizedChars(text).join('');
}

export interface TextRunLike {
  text: string;
  bold: boolean;
}

/**
 * Normalises a paragraph given as styled runs: the rules see the whole paragraph (a space at the
 * end of one run and a digit at the start of the next), the runs keep their styles, empty runs are
 * dropped and neighbours with the same style merged.
 */
export function normalizeRuns(runs: readonly TextRunLike[]): TextRunLike[] {
  const lengths = runs.map((run) => [...run.text].length);
  const replaced = normalizedChars(runs.map((run) => run.text).join(''));
  const out: TextRunLike[] = [];
  let offset = 0;
  runs.forEach((run, r) => {
    const text = replaced.slice(offset, offset + lengths[r]!).join('');
    offset += lengths[r]!;
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && last.bold === run.bold) last.text += text;
    else out.push({ text, bold: run.bold });
  });
  return out;
}
