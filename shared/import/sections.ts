/** The outline of the body: its numbered headings as a tree, by level. */
import type { BlockElement } from '../document/types';
import type { DetectedSection } from './types';

export function sectionTree(blocks: readonly BlockElement[]): DetectedSection[] {
  const roots: DetectedSection[] = [];
  const stack: DetectedSection[] = [];
  for (const block of blocks) {
    if (block.type !== 'numbered' || block.display !== 'heading') continue;
    const section: DetectedSection = {
      title: block.children.map((leaf) => leaf.text).join(''),
      level: block.level,
      children: [],
    };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= section.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(section);
    else roots.push(section);
    stack.push(section);
  }
  return roots;
}
