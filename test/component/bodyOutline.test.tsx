/** The import preview's outline names every block type; a picture shows as 「[图片：图注]」. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BodyOutline } from '../../renderer/src/import/BodyOutline';
import { BLOCK_FIXTURES, BLOCK_TYPES } from '../unit/blocks/blockFixtures';
import { picture, type BlockElement } from '../../shared/document/types';

describe('BodyOutline', () => {
  it('shows every block type, a picture by its caption', () => {
    const blocks = BLOCK_TYPES.map((type) => BLOCK_FIXTURES[type] as BlockElement);
    const noCaption = picture(BLOCK_FIXTURES.picture.pictureId, 80, 60);
    render(<BodyOutline blocks={[...blocks, noCaption]} />);
    const items = screen.getAllByTestId('import-outline-block');
    expect(items.map((li) => li.dataset.type)).toEqual([...BLOCK_TYPES, 'picture']);
    expect(items.every((li) => (li.textContent ?? '') !== '')).toBe(true);
    expect(items[BLOCK_TYPES.indexOf('picture')]!.textContent).toBe('「[图片：图为省中心主任在大厅检查工作]」');
    expect(items.at(-1)!.textContent).toBe('「[图片]」');
  });
});
