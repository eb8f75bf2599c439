/** Where a finding is, in the clerk's words (the panel and the command line say the same). */
import type { SegmentPlace } from './types';

export function placeText(place: SegmentPlace): string {
  switch (place.kind) {
    case 'block':
      return `第${place.block + 1}段`;
    case 'cell':
      return `第${place.block + 1}段表格第${place.row + 1}行第${place.column + 1}列`;
    case 'generated':
      return `第${place.block + 1}段自动段落第${place.line + 1}行`;
    case 'statistics':
      return `第${place.block + 1}段统计`;
    case 'caption':
      return `第${place.block + 1}段图注`;
    case 'closing':
      return `报尾第${place.line + 1}行`;
  }
}

/** Why a finding has no 修正 here: its text is written somewhere else. */
export function fixedElsewhere(place: SegmentPlace): string | null {
  switch (place.kind) {
    case 'generated':
      return '自动生成的文字：请在考勤与进大厅的记录中修改';
    case 'statistics':
      return '统计数字生成的文字：请在统计块中修改';
    case 'caption':
      return '图注：请在图片下方的图注框中修改';
    case 'closing':
      return '报尾：请在本期报尾中修改';
    default:
      return null;
  }
}
