import { describe, expect, it } from 'vitest';
import { numbered, paragraph, type BriefDocument } from '../../../shared/document/types';
import type { Issue, Series } from '../../../shared/issues/types';
import { issueToPlainText } from '../../../electron/services/exportText';
import { WEEKLY_SERIES } from '../../fixtures/issues/build';
import { DEFAULT_SERIES, DEFAULT_SERIES_ID, harness, meta } from './helpers';

const series = WEEKLY_SERIES;

const document: BriefDocument = {
  schemaVersion: 2,
  blocks: [
    numbered(1, '政务工作动态'),
    numbered(2, '3月25日，省中心召开周例会。', 'paragraph'),
    numbered(2, '窗口人员开展业务培训。', 'paragraph'),
    numbered(1, '大厅巡查情况'),
    paragraph('本周巡查总体情况良好。'),
    numbered(3, '着装规范。', 'paragraph'),
    numbered(3, '秩序良好。', 'paragraph'),
  ],
};

const issue: Issue = {
  id: 7,
  seriesId: 1,
  year: 2024,
  supplement: false,
  number: 12,
  totalNumber: 460,
  issueDate: '2024-03-29',
  periodStart: '2024-03-25',
  periodEnd: '2024-03-29',
  partTitle: '政务服务工作',
  revision: 3,
  createdAt: '2024-03-29T00:00:00.000Z',
  updatedAt: '2024-03-29T00:00:00.000Z',
  deletedAt: null,
  status: 'draft',
  finalizedAt: null,
  document,
};

const EXPECTED = [
  '窗口工作周报',
  '2024年第12期（总第460期）',
  '四川省政府政务服务和公共资源交易服务中心    2024年3月29日',
  '政务服务工作',
  '（3月25日—3月29日）',
  '',
  '一、政务工作动态',
  '（一）3月25日，省中心召开周例会。',
  '（二）窗口人员开展业务培训。',
  '二、大厅巡查情况',
  '本周巡查总体情况良好。',
  '1.着装规范。',
  '2.秩序良好。',
].join('\n');

describe('issueToPlainText', () => {
  it('writes the masthead, part title, period and numbered body', () => {
    expect(issueToPlainText(series, issue)).toBe(EXPECTED);
  });

  it('leaves out the part title and period when the issue has none, and the total when the series has none', () => {
    const monthly: Series = { ...series, title: '政务窗口月报', hasTotal: false };
    const bare: Issue = {
      ...issue,
      number: 2,
      partTitle: null,
      periodStart: null,
      periodEnd: null,
      document: { schemaVersion: 2, blocks: [paragraph('正文。')] },
    };
    expect(issueToPlainText(monthly, bare)).toBe(
      ['政务窗口月报', '第2期', '四川省政府政务服务和公共资源交易服务中心    2024年3月29日', '', '正文。'].join('\n'),
    );
  });

  it('ends with the 报尾 as printed: 报/送/发 in that order after an empty line, then （共印N份）', () => {
    const closing = {
      lines: [
        { label: '发' as const, text: '各处室、各窗口' },
        { label: '报' as const, text: '省政府办公厅' },
        { label: '送' as const, text: ' ' },
      ],
      copies: 80,
    };
    expect(
      issueToPlainText({ ...series, closing }, issue)
        .split('\n')
        .slice(-4),
    ).toEqual(['', '报：省政府办公厅', '发：各处室、各窗口', '（共印80份）']);
    // The issue's own 报尾 wins over the series' default, as in the DOCX and the PDF.
    const own = { lines: [{ label: '报' as const, text: '省委办公厅' }], copies: null };
    expect(
      issueToPlainText({ ...series, closing }, issue, own)
        .split('\n')
        .slice(-2),
    ).toEqual(['', '报：省委办公厅']);
  });

  it("is what issues.exportText answers for a stored issue, with the series' 报尾", async () => {
    const h = harness();
    const created = await h.value('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: meta({ partTitle: '政务服务工作' }),
    });
    await h.value('issues.saveDocument', { id: created.id, document });
    const closing = DEFAULT_SERIES.closing!;
    const closingLines = ['', ...closing.lines.map((l) => `${l.label}：${l.text}`), `（共印${closing.copies}份）`];
    expect(await h.value('issues.exportText', { id: created.id })).toBe([EXPECTED, ...closingLines].join('\n'));
  });
});
