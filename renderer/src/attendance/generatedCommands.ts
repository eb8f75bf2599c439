/**
 * Editor commands for generated blocks: insert one after the current block, replace its stored
 * lines, and turn it into ordinary paragraphs (the clerk then edits the text by hand).
 */
import { Editor, Element, Transforms, type Path } from 'slate';
import { insertBlockAfterCurrent } from '../../../shared/document/commands';
import { generated, paragraph, type BlockElement, type GeneratedElement, type GeneratedKind } from '../../../shared/document/types';

export function insertGenerated(editor: Editor, kind: GeneratedKind, lines: string[]): void {
  insertBlockAfterCurrent(editor, generated(kind, lines));
}

export function setGeneratedLines(editor: Editor, path: Path, lines: string[]): void {
  const node = Editor.node(editor, path)[0];
  if (!Element.isElement(node) || node.type !== 'generated') return;
  if (node.lines.length === lines.length && node.lines.every((line, i) => line === lines[i])) return;
  Transforms.setNodes<GeneratedElement>(editor, { lines }, { at: path });
}

/** The block's lines become ordinary paragraphs in its place (one undo step). */
export function convertGeneratedToText(editor: Editor, path: Path): void {
  const node = Editor.node(editor, path)[0];
  if (!Element.isElement(node) || node.type !== 'generated') return;
  const blocks: BlockElement[] = (node.lines.length > 0 ? node.lines : ['']).map((line) => paragraph(line));
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: path });
    Transforms.insertNodes(editor, blocks, { at: path });
  });
}
