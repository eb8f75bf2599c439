/**
 * Each rule on the three samples' own noise (shared/samples): the line as extracted, what the rule
 * finds, the fixed line, and that fixing twice equals fixing once.
 */
import { describe, expect, it } from 'vitest';
import { fixText, proofread, type Finding, type ProofreadContext, type RuleId } from '../../../shared/proofread';
import { paragraph, numbered, type BlockElement } from '../../../shared/document/types';

function findings(text: string, context: ProofreadContext = {}, block: BlockElement = paragraph(text)): Finding[] {
  return proofread({ schemaVersion: 2, blocks: [block] }, context);
}

function rulesIn(text: string, context: ProofreadContext = {}): RuleId[] {
  return [...new Set(findings(text, context).map((f) => f.rule))];
}

function hitsOf(rule: RuleId, text: string, context: ProofreadContext = {}): string[] {
  return findings(text, context)
    .filter((f) => f.rule === rule)
    .map((f) => f.original);
}

/** Sample noise → the clean text the never-ambiguous fixes must produce. */
const FIXED: [string, string][] = [
  // weekly-2024-03-29: half-width commas, straight quotes, spaces inside words and before 年
  ['3月19日,省中心召开2024年第2次窗口首席事务代表工作例会。', '3月19日，省中心召开2024年第2次窗口首席事务代表工作例会。'],
  ['推进情况,惠企政策"直达快享"、省级重大项目专区建设等工作。', '推进情况，惠企政策“直达快享”、省级重大项目专区建设等工作。'],
  [
    '重点抓好提升城镇 燃气安全管理水平、开展专项治理等 方面的工作, 常态化做好防护工作。',
    '重点抓好提升城镇燃气安全管理水平、开展专项治理等方面的工作，常态化做好防护工作。',
  ],
  [
    '传达学习《2024 年四川 省优化政务服务提升行政效能工作要点》文件精神。',
    '传达学习《2024年四川省优化政务服务提升行政效能工作要点》文件精神。',
  ],
  ['自 2023 年始省药监局开展此项活动,已跟踪指导服务转化产品 28 个。', '自2023年始省药监局开展此项活动，已跟踪指导服务转化产品28个。'],
  [
    '省本级:人力资源社会保障厅等 16 个部门共有惠企政策事项 59 项,兑现资金 350.79 亿元。',
    '省本级：人力资源社会保障厅等16个部门共有惠企政策事项59项，兑现资金350.79亿元。',
  ],
  ['门完成率 38%, 市州完成率 29%; 与 19 个省直部门确认。', '门完成率38%，市州完成率29%；与19个省直部门确认。'],
  [
    '《省政务服务大厅部门窗口工作人员考核办法(试行)》(修订稿)的意见建议。',
    '《省政务服务大厅部门窗口工作人员考核办法（试行）》（修订稿）的意见建议。',
  ],
  ['本周,共计咨询 2046 人次、受理 705 件。', '本周，共计咨询2046人次、受理705件。'],
  // weekly-2022-28 period and page-number noise
  ['（8月22日-8月26日）', '（8月22日—8月26日）'],
  ['2022 年第 28 期（总第 403 期）', '2022年第28期（总第403期）'],
  // mixed bracket widths in one pair, doubled punctuation, ellipses, full-width digits
  ['（一)持续梳理一件事的系统对接和数据共享台账表。', '（一）持续梳理一件事的系统对接和数据共享台账表。'],
  ['会议要求，，各窗口加强值守。。', '会议要求，各窗口加强值守。'],
  ['包括社保卡、医保卡...等事项。。。', '包括社保卡、医保卡……等事项……'],
  ['受理７０５件，颁发５２３３件。', '受理705件，颁发5233件。'],
  ['3月18日~3月22日，办理10－20件。', '3月18日—3月22日，办理10—20件。'],
];

describe('never-ambiguous fixes on the samples’ noise', () => {
  it.each(FIXED)('%s', (noisy, clean) => {
    expect(fixText(noisy)).toBe(clean);
    expect(fixText(clean)).toBe(clean); // idempotent, and the clean text has nothing left to fix
    expect(findings(clean).filter((f) => f.auto)).toEqual([]);
  });
});

describe('what the auto rules leave alone', () => {
  it.each([
    '兑现惠企政策资金350.79亿元，占比69.42%。',
    '共1,234件，时间为10:30。',
    '四川 e 就业等载体。',
    '2.市、县级：184个市、县级共有惠企政策事项4571项。',
    'He said "hello" to me.',
    '1.5万人次',
    '2024-3-5',
  ])('%s', (text) => {
    expect(fixText(text)).toBe(text);
  });
});

describe('reported rules', () => {
  it('unbalanced marks', () => {
    expect(hitsOf('unbalanced', '征求《考核办法(征求意见稿)的意见。')).toEqual(['《']);
    expect(hitsOf('unbalanced', '推进“直达快享、省级重大项目。')).toEqual(['“']);
    expect(hitsOf('unbalanced', '完成（试行）编制。')).toEqual([]);
  });
  it('sequences with gaps and repeats', () => {
    expect(hitsOf('sequence', '一是优化服务；二是加强值守；四是强化考核。')).toEqual(['四是']);
    expect(hitsOf('sequence', '第一，统一思想；第三，狠抓落实。')).toEqual(['第三']);
    expect(hitsOf('sequence', '①受理②审核④办结')).toEqual(['④']);
    expect(hitsOf('sequence', '一是优化服务；二是加强值守；三是统一是非标准。')).toEqual([]);
  });
  it('dates outside the period, wrong weekdays, leading zeros and numeric dates', () => {
    const context = { period: { start: '2024-03-18', end: '2024-03-22' } };
    expect(hitsOf('dateOutside', '3月19日，省中心召开例会；3月25日将开展检查。', context)).toEqual(['3月25日']);
    expect(hitsOf('dateOutside', '2024年1月1日至2024年3月22日，受理588929件。', context)).toEqual([]);
    expect(hitsOf('weekday', '3月19日（星期三），召开例会。', context)).toEqual(['（星期三）']);
    expect(hitsOf('weekday', '3月19日（星期二），召开例会。', context)).toEqual([]);
    const form = findings('03月05日召开，2024-3-5印发，2024.3.5施行。').filter((f) => f.rule === 'dateForm');
    expect(form.map((f) => [f.original, f.replacement])).toEqual([
      ['03月05日', '3月5日'],
      ['2024-3-5', '2024年3月5日'],
      ['2024.3.5', '2024年3月5日'],
    ]);
    expect(form.every((f) => !f.auto)).toBe(true);
  });
  it('department names near the roster and titles other than the roster’s', () => {
    const context: ProofreadContext = {
      departments: [{ name: '省市场监管局' }, { name: '住房城乡建设厅' }, { name: '商务厅' }, { name: '民政厅' }],
      people: [{ name: '梁勇', title: '副厅长', department: '商务厅' }],
    };
    expect(hitsOf('department', '会同省市监局持续推进企业信息变更。', context)).toEqual(['省市监局']);
    expect(hitsOf('department', '住房城多建设厅召开会议。', context)).toEqual(['住房城多建设厅']);
    expect(hitsOf('department', '会同省市场监管局、住房城乡建设厅、民政厅推进。', context)).toEqual([]);
    expect(hitsOf('title', '本周，商务厅厅长梁勇到省政务服务大厅窗口调研值守。', context)).toEqual(['厅长']);
    expect(hitsOf('title', '本周，商务厅副厅长梁勇到省政务服务大厅窗口调研值守。', context)).toEqual([]);
  });
  it('a paragraph without closing punctuation; headings need none', () => {
    expect(rulesIn('会同交通运输厅赴成都市新都区开展调研')).toContain('endPunctuation');
    expect(findings('政务工作动态', {}, numbered(1, '政务工作动态')).map((f) => f.rule)).toEqual([]);
  });
  it('a typed number that repeats the generated one', () => {
    const found = findings('', {}, numbered(2, '（一）11月25日，召开例会。', 'paragraph'));
    expect(found.map((f) => [f.rule, f.original, f.replacement])).toEqual([['typedNumber', '（一）', '']]);
  });
});

describe('findings', () => {
  it('carry context, a key without positions, and never change the text', () => {
    const block = paragraph('本周,省中心召开例会。');
    const document = { schemaVersion: 2 as const, blocks: [paragraph('上一段。'), block] };
    const [finding] = proofread(document);
    expect(finding).toMatchObject({
      rule: 'width',
      original: ',',
      replacement: '，',
      before: '本周',
      after: '省中心召开例会。',
      auto: true,
    });
    expect(finding?.place).toEqual({ kind: 'block', block: 1 });
    const moved = proofread({ schemaVersion: 2, blocks: [block] });
    expect(moved[0]?.key).toBe(finding?.key);
    expect(document.blocks[1]).toEqual(paragraph('本周,省中心召开例会。'));
  });
  it('in generated, statistics and 报尾 lines are reported but not auto-fixed', () => {
    const found = proofread(
      {
        schemaVersion: 2,
        blocks: [{ type: 'generated', kind: 'attendance', lines: ['本周累计请假3天以上的有:'], children: [{ text: '' }] }],
      },
      { closingLines: ['报: 省政务管理办公室。'] },
    );
    expect(found.map((f) => [f.place.kind, f.rule, f.auto])).toEqual([
      ['generated', 'width', false],
      ['closing', 'width', false], // the space after `:` goes with it
    ]);
  });
});
