/**
 * One block of every type, as a clerk's issue holds it. The map is typed over the block union, so a
 * new block type does not compile until it has a fixture here — and every serializer test that walks
 * this map then runs it through that serializer too.
 */
import { generated, numbered, paragraph, picture, statistics, type BlockElement, type BlockType } from '../../../shared/document/types';
import { table } from '../../../shared/document/table';
import { makeJpeg } from '../../fixtures/pictures';

type BlockOf<K extends BlockType> = Extract<BlockElement, { type: K }>;

export const FIXTURE_PICTURE = makeJpeg(80, 60);

export const BLOCK_FIXTURES: { [K in BlockType]: BlockOf<K> } = {
  paragraph: { type: 'paragraph', children: [{ text: '省中心召开窗口工作例会，' }, { text: '部署下周工作', bold: true }] },
  numbered: numbered(1, '大厅巡查情况'),
  generated: generated('attendance', ['本周，各窗口工作人员出勤正常。', '请假：张三（事假1天）。']),
  table: table([
    ['窗口', '办件量'],
    ['综合受理', '1,024'],
  ]),
  statistics: { ...statistics(1, 'sentence'), lines: ['本周，共计咨询2046人次。'] },
  picture: picture(FIXTURE_PICTURE.id, FIXTURE_PICTURE.width, FIXTURE_PICTURE.height, '图为省中心主任在大厅检查工作', 75),
};

export const BLOCK_TYPES = Object.keys(BLOCK_FIXTURES) as BlockType[];

/** A paragraph before and after each block, as a real body holds it. */
export function bodyAround(block: BlockElement): BlockElement[] {
  return [paragraph('前文。'), block, paragraph('后文。')];
}
