/** The shape of a paragraph: its closing punctuation, and a typed number that repeats the generated one. */
import { recogniseTypedNumber } from '../../document/typedNumber';
import type { Rule } from '../types';

const CLOSING = /[。！？；：…”’）》」』.!?;:]$/;

export const endPunctuationRule: Rule = {
  id: 'endPunctuation',
  auto: false,
  roles: ['paragraph', 'numberedParagraph'],
  find(text) {
    const trimmed = text.trimEnd();
    if (trimmed === '' || CLOSING.test(trimmed)) return [];
    const last = trimmed.length - 1;
    return [{ start: last, end: last + 1, replacement: `${trimmed[last]}。`, message: '段落末尾没有标点' }];
  },
};

export const typedNumberRule: Rule = {
  id: 'typedNumber',
  auto: false,
  roles: ['heading', 'numberedParagraph'],
  find(text) {
    const typed = recogniseTypedNumber(text);
    if (!typed || typed.length >= text.length) return [];
    return [{ start: 0, end: typed.length, replacement: '', message: `编号由简报台生成，文中又写了“${typed.literal}”，会印两遍` }];
  },
};
