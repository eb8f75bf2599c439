/** Extraction noise and the monthly series: each case fails if its rule is taken out. */
import { describe, expect, it } from 'vitest';
import { detectIssue } from '../../../shared/import';

const MASTHEAD = ['窗口工作周报', '2022 年第 28 期（总第 403 期）', '四川省政府政务服务和公共资源交易服务中心', '2022 年 9 月 27 日'];

function body(...lines: string[]): string {
  return [...MASTHEAD, '（8 月 22 日—8 月 26 日）', ...lines].join('\n\n');
}

describe('the masthead', () => {
  it('reads half-width brackets and no spaces in the 期号 line', () => {
    const detected = detectIssue(['窗口工作周报', '2023年第5期(总第420期)', '2023年2月10日', '一、动态'].join('\n'));
    expect([detected.year, detected.number, detected.totalNumber]).toEqual([2023, 5, 420]);
  });

  it('reads a monthly issue: 第2期 without a year, a calendar month, a section titled with a date', () => {
    const text = [
      '政务窗口月报',
      '第2期',
      '四川省政府政务服务和公共资源交易服务中心',
      '2025年3月5日',
      '（2025年2月）',
      '一、2025年2月总体运行情况',
      '本月运行平稳。',
    ].join('\n');
    const detected = detectIssue(text);
    expect(detected.seriesTitle).toBe('政务窗口月报');
    expect([detected.year, detected.number, detected.totalNumber]).toEqual([2025, 2, null]);
    expect(detected.period).toEqual(['2025-02-01', '2025-02-28']);
    expect(detected.sections).toEqual([{ title: '2025年2月总体运行情况', level: 1, children: [] }]);
    expect(detected.warnings.join()).toContain('年份取自印发日期');
  });

  it('dates a December period of a January issue in the year before', () => {
    const text = [
      '窗口工作周报',
      '2025年第1期（总第500期）',
      '四川省政府政务服务和公共资源交易服务中心',
      '2025年1月8日',
      '（12月30日—1月3日）',
      '一、动态',
    ].join('\n');
    const detected = detectIssue(text);
    expect(detected.period).toEqual(['2024-12-30', '2025-01-03']);
    expect(detected.warnings.join()).toContain('时段跨年');
  });

  it('reads the issuer and the date from one line, and a part title after them', () => {
    const detected = detectIssue(
      [
        '窗口工作周报',
        '第3期',
        '四川省政府政务服务和公共资源交易服务中心 2024年 7月 4日',
        '政务服务工作',
        '(6月17日-6月21日)',
        '一、动态',
      ].join('\n'),
    );
    expect(detected.issuer).toBe('四川省政府政务服务和公共资源交易服务中心');
    expect(detected.issueDate).toBe('2024-07-04');
    expect(detected.partTitle).toBe('政务服务工作');
    expect(detected.period).toEqual(['2024-06-17', '2024-06-21']);
  });

  it('does not take short body lines for a masthead when there is none', () => {
    const detected = detectIssue('本周工作\n总体平稳\n一、动态');
    expect(detected.seriesTitleFound).toBe(false);
    expect(detected.document.blocks.map((b) => b.children[0]!.text)).toEqual(['本周工作总体平稳', '动态']);
  });

  it('uses a known series title wherever the masthead puts it', () => {
    const detected = detectIssue(['内部资料', '政务窗口月报', '第2期', '2025年3月5日', '一、动态'].join('\n'), {
      knownSeriesTitles: ['政务窗口月报'],
    });
    expect(detected.seriesTitle).toBe('政务窗口月报');
  });
});

describe('the body', () => {
  it('drops page numbers inside a paragraph and joins its broken lines', () => {
    const detected = detectIssue(
      body('一、动态', '近日，省林草局狠抓时间窗口，采取主动高效服务、压减批', '-2 -', '时限等举措。', '— 5—', '二、巡查'),
    );
    expect(detected.document.blocks[1]).toEqual({
      type: 'paragraph',
      children: [{ text: '近日，省林草局狠抓时间窗口，采取主动高效服务、压减批时限等举措。' }],
    });
    expect(detected.sections.map((s) => s.title)).toEqual(['动态', '巡查']);
  });

  it('keeps a paragraph that ends a sentence apart from the next', () => {
    const detected = detectIssue(body('一、动态', '第一段。', '第二段。'));
    expect(detected.document.blocks.slice(1).map((b) => b.children[0]!.text)).toEqual(['第一段。', '第二段。']);
  });

  it('removes bullets, keeps **bold** runs, widens punctuation and removes spaces next to Chinese', () => {
    const detected = detectIssue(body('一、动态', '- (一) 3 月 19 日,**省中心**召开会议, 传达"两会"精神 (试行)。'));
    expect(detected.document.blocks[1]).toEqual({
      type: 'numbered',
      level: 2,
      display: 'paragraph',
      children: [{ text: '3月19日，' }, { text: '省中心', bold: true }, { text: '召开会议，传达“两会”精神（试行）。' }],
    });
  });

  it('reads levels from mixed numbering and nests the headings', () => {
    const detected = detectIssue(body('一、动态', '(一) 工作情况', '1.分项', '（1）细项', '（二）其他', '二、巡查'));
    expect(detected.sections).toEqual([
      {
        title: '动态',
        level: 1,
        children: [
          { title: '工作情况', level: 2, children: [{ title: '分项', level: 3, children: [{ title: '细项', level: 4, children: [] }] }] },
          { title: '其他', level: 2, children: [] },
        ],
      },
      { title: '巡查', level: 1, children: [] },
    ]);
  });

  it('keeps attendance label lines apart even without a full stop', () => {
    const detected = detectIssue(body('一、考勤情况', '年休假：省市场监管局罗莉', '请病假：水利厅潘艳艳'));
    expect(detected.document.blocks).toHaveLength(3);
  });
});

describe('the 报尾', () => {
  it('reads the lists, a broken 送 line, and the print count with spaces', () => {
    const detected = detectIssue(
      body(
        '一、动态',
        '内容。',
        '报：中心领导。',
        '送：各相关省级部门（单位），',
        '中心各处（室）、直属单位。',
        '发：各部门窗口。',
        '（共印 80 份）',
      ),
    );
    expect(detected.distribution).toEqual({
      报: '中心领导。',
      送: '各相关省级部门（单位），中心各处（室）、直属单位。',
      发: '各部门窗口。',
    });
    expect(detected.copies).toBe(80);
    expect(detected.document.blocks).toHaveLength(2);
  });

  it('warns when the 报尾 and the masthead are missing', () => {
    const detected = detectIssue('一、动态\n内容。');
    expect(detected.closing).toBeNull();
    expect(detected.warnings.join()).toMatch(/未找到报尾.*|未找到印发日期/);
    expect(detected.warnings.join()).toContain('未找到报尾');
    expect(detected.warnings.join()).toContain('未找到印发日期');
  });

  it('gives an empty document for empty text, never no block', () => {
    const detected = detectIssue('   \n\n');
    expect(detected.document.blocks).toEqual([{ type: 'paragraph', children: [{ text: '' }] }]);
  });
});
