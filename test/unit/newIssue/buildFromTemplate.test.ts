import { describe, expect, it } from 'vitest';
import { emptyDocument, generated, numbered, paragraph, statistics } from '../../../shared/document/types';
import { buildFromTemplate, titleDate } from '../../../shared/templates/buildFromTemplate';
import { fillTitle, titleMatches } from '../../../shared/templates/titles';
import { HALL_INTRO, HALL_SECTION, MONTHLY_TEMPLATE, section, WEEKLY_TEMPLATE } from './templates';

describe('buildFromTemplate', () => {
  it('writes the weekly’s sections 一 to 五 with their blocks', () => {
    expect(buildFromTemplate(WEEKLY_TEMPLATE, '2024-03-18').blocks).toEqual([
      numbered(1, '政务工作动态'),
      paragraph(),
      numbered(1, '厅（局）长进大厅'),
      generated('leaderVisits'),
      numbered(1, '“高效办成一件事”专项行动'),
      paragraph(),
      numbered(1, '惠企政策直达快享专项行动'),
      paragraph(),
      // a section with subsections gets no empty paragraph of its own
      numbered(1, '综窗改革攻坚行动'),
      numbered(2, '省本级综窗办件情况'),
      statistics(1, 'sentence'),
      numbered(2, '事项授权及受理手册编制推进情况'),
      paragraph(),
      numbered(2, '其它工作开展情况'),
      paragraph(),
    ]);
  });

  it('writes default text line by line and the six hall checks one level below', () => {
    const withBlank = { ...HALL_SECTION, defaultText: `${HALL_INTRO}\n\n  \n第二段。` };
    expect(buildFromTemplate([withBlank], '2024-03-18').blocks).toEqual([
      numbered(1, '大厅巡查情况'),
      paragraph(HALL_INTRO),
      paragraph('第二段。'),
      numbered(2, '按时到岗情况。总体情况良好。', 'paragraph'),
      numbered(2, '工作区域标准化执行情况。总体情况良好。', 'paragraph'),
      numbered(2, '着装情况。总体情况良好。', 'paragraph'),
      numbered(2, '工作牌佩戴情况。总体情况良好。', 'paragraph'),
      numbered(2, '纪律秩序。总体情况良好。', 'paragraph'),
      numbered(2, '大厅防控情况。总体情况良好。', 'paragraph'),
    ]);
  });

  it('keeps a typed full stop and stops the check level at 4', () => {
    const deep = section(4, '巡查', { block: { kind: 'hallInspection', checks: [{ label: '着装情况', text: '规范。' }] } });
    expect(buildFromTemplate([deep], '2024-03-18').blocks[1]).toEqual(numbered(4, '着装情况。规范。', 'paragraph'));
  });

  it('names the month of the period in a monthly’s first section', () => {
    const blocks = buildFromTemplate(MONTHLY_TEMPLATE, '2025-02-01').blocks;
    expect(blocks[0]).toEqual(numbered(1, '2025年2月总体运行情况'));
    expect(blocks[1]).toEqual(paragraph('本月，大厅运行平稳。'));
  });

  it('gives the empty document for an empty template', () => {
    expect(buildFromTemplate([], '2024-03-18')).toEqual(emptyDocument());
  });

  it('takes {年}{月} from the period start, else the issue date', () => {
    expect(titleDate({ issueDate: '2025-03-05', periodStart: '2025-02-01' })).toBe('2025-02-01');
    expect(titleDate({ issueDate: '2025-03-05', periodStart: null })).toBe('2025-03-05');
  });
});

describe('template titles', () => {
  it('fills and matches {年}{月} as numbers, other characters literally', () => {
    expect(fillTitle('{年}年{月}月总体运行情况', '2024-12-02')).toBe('2024年12月总体运行情况');
    expect(titleMatches('{年}年{月}月总体运行情况', '2025年1月总体运行情况')).toBe(true);
    expect(titleMatches('{年}年{月}月总体运行情况', '二〇二五年一月总体运行情况')).toBe(false);
    expect(titleMatches('“高效办成一件事”专项行动（试行）', '“高效办成一件事”专项行动（试行）')).toBe(true);
    expect(titleMatches('a.b', 'axb')).toBe(false);
  });
});
