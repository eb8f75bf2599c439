import { describe, expect, it } from 'vitest';
import { diffBlocks, diffChars } from '../../../shared/archive/diff';

describe('diffChars', () => {
  it('marks only the changed characters', () => {
    expect(diffChars('本周受理700件', '本周受理725件')).toEqual([
      { kind: 'same', text: '本周受理7' },
      { kind: 'removed', text: '00' },
      { kind: 'added', text: '25' },
      { kind: 'same', text: '件' },
    ]);
  });

  it('finds an insertion in the middle', () => {
    expect(diffChars('省中心召开会议', '省中心隆重召开会议')).toEqual([
      { kind: 'same', text: '省中心' },
      { kind: 'added', text: '隆重' },
      { kind: 'same', text: '召开会议' },
    ]);
  });

  it('keeps characters outside the BMP whole', () => {
    const segments = diffChars('甲𠀀乙', '甲𠀁乙');
    expect(segments).toEqual([
      { kind: 'same', text: '甲' },
      { kind: 'removed', text: '𠀀' },
      { kind: 'added', text: '𠀁' },
      { kind: 'same', text: '乙' },
    ]);
  });
});

describe('diffBlocks', () => {
  it('aligns unchanged blocks and reports added, removed and changed ones', () => {
    const before = ['一、政务工作动态', '本周受理700件。', '大厅巡查总体情况良好。', '二、考勤情况'];
    const after = ['一、政务工作动态', '本周受理725件。', '二、考勤情况', '因公外出：民政厅游文慧。'];
    const diff = diffBlocks(before, after);
    expect(diff.map((d) => d.kind)).toEqual(['same', 'changed', 'removed', 'same', 'added']);
    expect(diff[1]).toMatchObject({ kind: 'changed', oldIndex: 1, newIndex: 1 });
    expect(diff[2]).toEqual({ kind: 'removed', text: '大厅巡查总体情况良好。', oldIndex: 2 });
    expect(diff[4]).toEqual({ kind: 'added', text: '因公外出：民政厅游文慧。', newIndex: 3 });
  });

  it('shows an unrelated replacement as removed plus added, not as a change', () => {
    const diff = diffBlocks(['甲乙丙丁戊己'], ['子丑寅卯辰巳']);
    expect(diff.map((d) => d.kind)).toEqual(['removed', 'added']);
  });

  it('reports nothing but same blocks for identical bodies', () => {
    expect(diffBlocks(['a', 'b'], ['a', 'b']).every((d) => d.kind === 'same')).toBe(true);
  });
});
