/** Section templates used by the new-issue tests: the weekly of 2024-03-29 and a monthly. */
import { DEFAULT_HALL_CHECKS, type TemplateSection } from '../../../shared/templates/types';

export function section(level: TemplateSection['level'], title: string, more: Partial<TemplateSection> = {}): TemplateSection {
  return { level, title, defaultText: '', keepText: false, block: null, ...more };
}

/** The shape of 窗口工作周报 as printed on 2024-03-29 (metric group 1 = 省本级综窗办件情况). */
export const WEEKLY_TEMPLATE: TemplateSection[] = [
  section(1, '政务工作动态'),
  section(1, '厅（局）长进大厅', { block: { kind: 'leaderVisits' } }),
  section(1, '“高效办成一件事”专项行动'),
  section(1, '惠企政策直达快享专项行动'),
  section(1, '综窗改革攻坚行动'),
  section(2, '省本级综窗办件情况', { block: { kind: 'statistics', groupId: 1, form: 'sentence' } }),
  section(2, '事项授权及受理手册编制推进情况'),
  section(2, '其它工作开展情况'),
];

export const HALL_INTRO = '大厅窗口规范化、标准化作为大厅管理贯彻始终的重点工作之一。本周大厅巡查情况如下：';

export const HALL_SECTION = section(1, '大厅巡查情况', {
  defaultText: HALL_INTRO,
  block: { kind: 'hallInspection', checks: [...DEFAULT_HALL_CHECKS] },
});

export const MONTHLY_TEMPLATE: TemplateSection[] = [
  section(1, '{年}年{月}月总体运行情况', { defaultText: '本月，大厅运行平稳。' }),
  section(1, '重点工作推进情况'),
];
