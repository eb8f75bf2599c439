import { describe, expect, it } from 'vitest';
import { issueToPlainText } from '../../../electron/services/exportText';
import {
  emptyDocument,
  generated,
  numbered,
  paragraph,
  statistics,
  type BlockElement,
  type BriefDocument,
} from '../../../shared/document/types';
import { buildFromPrevious } from '../../../shared/templates/buildFromPrevious';
import { fixtureIssue, weekly2022n28, weekly2024n10 } from '../../fixtures/issues';
import { doc, h, item, p } from '../../fixtures/issues/build';
import { HALL_INTRO, HALL_SECTION, MONTHLY_TEMPLATE, section, WEEKLY_TEMPLATE } from './templates';

const VISITS = '本周，商务厅副厅长梁勇，水利厅一级巡视员都勤到省政务服务大厅窗口调研值守。';
const FIGURES = '本周，共计咨询2046人次、受理705件、颁发5233件、流转3529件次。';

/** The sample as BriefDesk itself would have stored it: 进大厅 generated, 综窗 figures a statistics block. */
function asWrittenByBriefDesk(document: BriefDocument): BriefDocument {
  const blocks = document.blocks.map((block, i): BlockElement => {
    const before = document.blocks[i - 1];
    const under = (title: string) => before?.type === 'numbered' && before.children.map((c) => c.text).join('') === title;
    if (block.type === 'paragraph' && under('厅（局）长进大厅')) return generated('leaderVisits', [VISITS]);
    if (block.type === 'paragraph' && under('省本级综窗办件情况')) return { ...statistics(1, 'sentence'), lines: [FIGURES] };
    return block;
  });
  return { ...document, blocks };
}

const CLEARED_WEEKLY: BlockElement[] = [
  numbered(1, '政务工作动态'),
  paragraph(),
  numbered(1, '厅（局）长进大厅'),
  generated('leaderVisits'),
  numbered(1, '“高效办成一件事”专项行动'),
  paragraph(),
  numbered(1, '惠企政策直达快享专项行动'),
  paragraph(),
  numbered(2, '2023年全省惠企政策事项兑现情况'),
  paragraph(),
  numbered(1, '综窗改革攻坚行动'),
  numbered(2, '省本级综窗办件情况'),
  statistics(1, 'sentence'),
  numbered(2, '事项授权及受理手册编制推进情况'),
  paragraph(),
  numbered(2, '其它工作开展情况'),
  paragraph(),
];

describe('buildFromPrevious on the weekly of 2024-03-29', () => {
  const previous = asWrittenByBriefDesk(weekly2024n10.document);

  it('keeps sections 一 to 五, their headings and blocks, and clears the news', () => {
    const built = buildFromPrevious(previous, WEEKLY_TEMPLATE, '2024-03-25');
    expect(built.blocks).toEqual(CLEARED_WEEKLY);
    const text = issueToPlainText(weekly2024n10.series, { ...fixtureIssue(weekly2024n10), document: built });
    for (const gone of ['3月19日', '安徽省', VISITS, FIGURES]) expect(text).not.toContain(gone);
    for (const kept of ['一、政务工作动态', '二、厅（局）长进大厅', '五、综窗改革攻坚行动', '（一）省本级综窗办件情况']) {
      expect(text).toContain(kept);
    }
  });

  it('adds the generated section the template asks for when the previous issue had it typed (an imported issue)', () => {
    const built = buildFromPrevious(weekly2024n10.document, WEEKLY_TEMPLATE, '2024-03-25');
    expect(built.blocks.slice(2, 5)).toEqual([
      numbered(1, '厅（局）长进大厅'),
      generated('leaderVisits'),
      numbered(1, '“高效办成一件事”专项行动'),
    ]);
    // and the statistics block under 省本级综窗办件情况
    expect(built.blocks.slice(11, 13)).toEqual([numbered(2, '省本级综窗办件情况'), statistics(1, 'sentence')]);
  });

  it('keeps a standing text as it was when its template section says so', () => {
    const template = [section(1, '政务工作动态', { keepText: true }), ...WEEKLY_TEMPLATE.slice(1)];
    const built = buildFromPrevious(previous, template, '2024-03-25');
    expect(built.blocks.slice(0, 4)).toEqual(previous.blocks.slice(0, 4));
    expect(built.blocks.slice(4)).toEqual(CLEARED_WEEKLY.slice(2));
  });

  it('empties the figures of a kept section: they belong to the issue that printed them', () => {
    const template = WEEKLY_TEMPLATE.map((s) => (s.title === '综窗改革攻坚行动' ? { ...s, keepText: true } : s));
    const built = buildFromPrevious(previous, template, '2024-03-25');
    const at = built.blocks.findIndex((b) => b.type === 'statistics');
    expect(built.blocks[at]).toEqual(statistics(1, 'sentence'));
    expect(built.blocks.slice(at + 1)).toEqual(previous.blocks.slice(-4));
  });

  it('clears sections the template does not know, and works without a template', () => {
    expect(buildFromPrevious(weekly2024n10.document, [], '2024-03-25').blocks.slice(0, 4)).toEqual([
      numbered(1, '政务工作动态'),
      paragraph(),
      numbered(1, '厅（局）长进大厅'),
      paragraph(),
    ]);
  });

  it('drops the text before the first level-1 heading; nothing at all gives the empty document', () => {
    const withPreface = doc(p('编者按：本期起改版。'), ...previous.blocks);
    expect(buildFromPrevious(withPreface, WEEKLY_TEMPLATE, '2024-03-25').blocks).toEqual(CLEARED_WEEKLY);
    expect(buildFromPrevious(doc(p('只有一段。')), WEEKLY_TEMPLATE, '2024-03-25')).toEqual(emptyDocument());
  });
});

describe('buildFromPrevious: hall inspection and month titles', () => {
  it('keeps the hall checks as last printed and puts the template’s default text where the intro was', () => {
    const built = buildFromPrevious(weekly2022n28.document, [HALL_SECTION], '2022-08-29');
    const start = built.blocks.findIndex((b) => b.type === 'numbered' && b.children[0]!.text === '大厅巡查情况');
    const hall = built.blocks.slice(start);
    expect(hall[1]).toEqual(paragraph(HALL_INTRO));
    expect(hall.slice(2)).toEqual(weekly2022n28.document.blocks.slice(-6));
    expect(hall).toHaveLength(8);
  });

  it('rewrites a {年}{月} title for the new month', () => {
    const january = doc(
      h(1, '2025年1月总体运行情况'),
      p('1月，大厅共接待群众3万人次。'),
      h(1, '重点工作推进情况'),
      item(2, '完成了某项工作。'),
    );
    expect(buildFromPrevious(january, MONTHLY_TEMPLATE, '2025-02-01').blocks).toEqual([
      numbered(1, '2025年2月总体运行情况'),
      paragraph('本月，大厅运行平稳。'),
      numbered(1, '重点工作推进情况'),
      paragraph(),
    ]);
  });
});
