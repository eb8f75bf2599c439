import { describe, expect, it } from 'vitest';
import { plainTextToBlocks } from '../../../shared/document/pasteText';
import { parseNumberedLine } from '../../../shared/document/typedNumber';

describe('parseNumberedLine', () => {
  it('recognises the four official forms, full- and half-width', () => {
    expect(parseNumberedLine('一、政务工作动态')).toEqual({ level: 1, rest: '政务工作动态' });
    expect(parseNumberedLine('十二、其他')).toEqual({ level: 1, rest: '其他' });
    expect(parseNumberedLine('（二）本周，住房城乡建设厅召开')).toEqual({ level: 2, rest: '本周，住房城乡建设厅召开' });
    expect(parseNumberedLine('(三) 3 月 21 日')).toEqual({ level: 2, rest: '3 月 21 日' });
    expect(parseNumberedLine('1.省本级：人力资源社会保障厅')).toEqual({ level: 3, rest: '省本级：人力资源社会保障厅' });
    expect(parseNumberedLine('4、其他')).toEqual({ level: 3, rest: '其他' });
    expect(parseNumberedLine('（3）窗口服务')).toEqual({ level: 4, rest: '窗口服务' });
    expect(parseNumberedLine('(10) 窗口服务')).toEqual({ level: 4, rest: '窗口服务' });
  });

  it('leaves dates, years and decimals alone', () => {
    expect(parseNumberedLine('3月19日，省中心召开')).toBeNull();
    expect(parseNumberedLine('2023年全省惠企政策事项兑现情况')).toBeNull();
    expect(parseNumberedLine('4.5万人次')).toBeNull();
    expect(parseNumberedLine('本周，共计咨询2046人次')).toBeNull();
  });
});

describe('plainTextToBlocks', () => {
  it('turns lines into blocks and drops the typed numbers', () => {
    const text = [
      '一、政务工作动态',
      '（一）3月19日，省中心召开2024年第2次窗口首席事务代表工作例会。',
      '',
      '　　本周，商务厅副厅长梁勇到省政务服务大厅窗口调研值守。  ',
      '(二) 2023 年全省惠企政策事项兑现情况',
      '1.省本级：16个部门共有惠企政策事项59项。',
    ].join('\r\n');
    expect(plainTextToBlocks(text)).toEqual([
      { type: 'numbered', level: 1, display: 'heading', children: [{ text: '政务工作动态' }] },
      {
        type: 'numbered',
        level: 2,
        display: 'paragraph',
        children: [{ text: '3月19日，省中心召开2024年第2次窗口首席事务代表工作例会。' }],
      },
      { type: 'paragraph', children: [{ text: '本周，商务厅副厅长梁勇到省政务服务大厅窗口调研值守。' }] },
      { type: 'numbered', level: 2, display: 'heading', children: [{ text: '2023 年全省惠企政策事项兑现情况' }] },
      { type: 'numbered', level: 3, display: 'paragraph', children: [{ text: '省本级：16个部门共有惠企政策事项59项。' }] },
    ]);
  });

  it('keeps a bare number as text rather than producing an empty block', () => {
    expect(plainTextToBlocks('三、')).toEqual([{ type: 'paragraph', children: [{ text: '三、' }] }]);
    expect(plainTextToBlocks('\n\n')).toEqual([]);
  });
});
