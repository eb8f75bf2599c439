import { describe, expect, it } from 'vitest';
import { table } from '../../../shared/document/table';
import { generated } from '../../../shared/document/types';
import { contentsRowLines, contentsTotalLines, resolveContents } from '../../../shared/layout/contents';
import { toPrintableIssue } from '../../../shared/layout/issueView';
import { layoutOverridesSchema, resolveLayout } from '../../../shared/layout/overrides';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { b, doc, fixtureIssue, h, item, p } from '../../fixtures/issues/build';
import { weekly2022n28 } from '../../fixtures/issues';
import type { BriefDocument } from '../../../shared/document/types';

function contentsOf(document: BriefDocument, level2: boolean, enabled = true) {
  const issue = { ...fixtureIssue(weekly2022n28), document };
  return toPrintableIssue(weekly2022n28.series, issue, null, { enabled, level2 }).contents;
}

const sample = doc(
  h(1, '政务工作动态'),
  p('本周，中心召开……'),
  h(2, '窗口服务'),
  item(2, '3月19日，省中心召开会议。'),
  h(2, '厅（局）长进大厅'),
  h(1, b('“高效办成一件事”'), '专项行动'),
  h(3, '三级标题不列'),
  table([
    ['项目', '本周'],
    ['受理', '700'],
  ]),
  h(1, '考勤情况'),
  generated('attendance', ['本周累计请假3天以上的有：']),
);

describe('本期要目 lines', () => {
  it('lists the level-1 headings with their printed numbers', () => {
    expect(contentsOf(sample, false)?.lines).toEqual([
      { level: 1, text: '一、政务工作动态' },
      { level: 1, text: '二、“高效办成一件事”专项行动' },
      { level: 1, text: '三、考勤情况' },
    ]);
  });

  it('adds the level-2 headings (not whole-paragraph items) with the numbers the print gives them', () => {
    expect(contentsOf(sample, true)?.lines.map((line) => `${line.level}:${line.text}`)).toEqual([
      '1:一、政务工作动态',
      '2:（一）窗口服务',
      // The whole-paragraph item is （二） in print, so this heading is （三）.
      '2:（三）厅（局）长进大厅',
      '1:二、“高效办成一件事”专项行动',
      '1:三、考勤情况',
    ]);
  });

  it('takes numbers from the numbering, not from what was typed, and normalises text as printed', () => {
    // A plain paragraph that merely starts with a typed number is printed as a paragraph: not listed.
    const typed = doc(p('五、这是正文里打的编号'), h(1, '政务  工作(动态)'), h(1, '第二节'));
    expect(contentsOf(typed, false)?.lines.map((line) => line.text)).toEqual(['一、政务工作（动态）', '二、第二节']);
  });

  it('lists the same headings in a document without tables', () => {
    const plain = doc(...sample.blocks.filter((block) => block.type !== 'table'));
    expect(contentsOf(plain, true)).toEqual(contentsOf(sample, true));
  });

  it('prints no box for a document without headings, an empty one, or when off', () => {
    expect(contentsOf(doc(p('只有正文。')), true)).toBeNull();
    expect(contentsOf(doc(), true)).toBeNull();
    expect(contentsOf(sample, true, false)).toBeNull();
  });

  it('gives every row whole grid lines: a long heading takes two', () => {
    const long = contentsOf(doc(h(1, '短标题'), h(1, '关于进一步深化政务服务标准化规范化便利化改革工作的情况')), false)!;
    const rows = contentsRowLines(long, DEFAULT_LAYOUT);
    expect(rows).toEqual([1, 1, 2]);
    expect(contentsTotalLines(long, DEFAULT_LAYOUT)).toBe(1 + 1 + 2 + DEFAULT_LAYOUT.contents.linesAfter);
  });

  it('an issue follows its series unless it says otherwise', () => {
    expect(resolveContents({ enabled: true, level2: false }, null)).toEqual({ enabled: true, level2: false });
    expect(resolveContents({ enabled: true, level2: true }, { enabled: false, level2: null })).toEqual({ enabled: false, level2: true });
    expect(resolveContents({ enabled: false, level2: false }, { enabled: true, level2: true })).toEqual({ enabled: true, level2: true });
  });

  it('centres the title by the standard; a series may put it on the left, nothing else', () => {
    expect(DEFAULT_LAYOUT.contents.titleAlign).toBe('center');
    expect(resolveLayout({ contents: { titleAlign: 'left' } }).contents.titleAlign).toBe('left');
    const refused = layoutOverridesSchema.safeParse({ contents: { titleAlign: 'right' } });
    expect(refused.success ? null : refused.error.issues[0]?.message).toBe('本期要目标题应居中或居左');
  });
});
