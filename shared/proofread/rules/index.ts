/** Every rule, in the order findings are listed for one place: certain fixes first, then what to decide. */
import type { Rule } from '../types';
import { dateFormRule, dateOutsideRule, weekdayRule } from './dates';
import { departmentRule, titleRule } from './names';
import { bracketsRule, quotesRule, unbalancedRule } from './pairs';
import { rangeRule } from './range';
import { sequenceRule } from './sequence';
import { spacesRule } from './spaces';
import { endPunctuationRule, typedNumberRule } from './structure';
import { doubledRule, ellipsisRule, fullwidthAlnumRule, widthRule } from './typography';

export const RULES: readonly Rule[] = [
  widthRule,
  quotesRule,
  spacesRule,
  doubledRule,
  ellipsisRule,
  fullwidthAlnumRule,
  rangeRule,
  bracketsRule,
  unbalancedRule,
  sequenceRule,
  dateOutsideRule,
  weekdayRule,
  dateFormRule,
  departmentRule,
  titleRule,
  endPunctuationRule,
  typedNumberRule,
];

/** The rules whose fixes are certain: what 全部修正 and paste apply. */
export const AUTO_RULES: readonly Rule[] = RULES.filter((rule) => rule.auto);
