/** Character classes the rules share. */

/** CJK ideographs (basic block and extension A). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const HAN_RE = new RegExp(`[${HAN}]`);

/** Full-width punctuation of Chinese text. */
export const FULL_PUNCT = '，。、；：？！“”‘’（）《》【】…—';
const FULL_PUNCT_RE = new RegExp(`[${FULL_PUNCT}]`);

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN_RE.test(ch);
}

export function isFullPunct(ch: string | undefined): boolean {
  return ch !== undefined && FULL_PUNCT_RE.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Every match of a global regular expression (the rules' common loop). */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield m;
    if (m[0] === '') re.lastIndex++;
  }
}
