/**
 * Slate normalizers: whatever an edit, a paste or an old stored document produced, the editor value
 * is brought back to the model — one fix per pass, Slate re-runs until nothing changes. Each block
 * type's own repairs are its module's (blocks/); here only what holds for the whole body and the leaves.
 */
import './slateTypes';
import { Editor, Element, Node, Text, Transforms, type NodeEntry, type Path } from 'slate';
import type { BlockRepair } from './blocks/module';
import { BLOCKS, FOREIGN_KEYS, isBlockType, isVoidBlock } from './blocks/registry';
import type { ParagraphElement } from './types';

const TEXT_KEYS = new Set(['text', 'bold']);

/** The fixes a block module names (blocks/module.ts), carried out at `path`. */
function repairAt(editor: Editor, path: Path): BlockRepair {
  return {
    update(set, unset = []) {
      Editor.withoutNormalizing(editor, () => {
        if (unset.length > 0) Transforms.unsetNodes(editor, [...unset], { at: path });
        if (Object.keys(set).length > 0) Transforms.setNodes<Element>(editor, set as Partial<Element>, { at: path });
      });
      return true;
    },
    remove() {
      Transforms.removeNodes(editor, { at: path });
      return true;
    },
    unwrapNested() {
      for (const [child, childPath] of Node.children(editor, path)) {
        if (Element.isElement(child)) {
          Transforms.unwrapNodes(editor, { at: childPath });
          return true;
        }
      }
      return false;
    },
    voidChildren() {
      // `voids: true`: Slate's transforms otherwise skip the inside of a void element.
      const { children } = Node.get(editor, path) as Element;
      const count = children.length;
      if (count > 1) {
        Transforms.removeNodes(editor, { at: [...path, count - 1], voids: true });
        return true;
      }
      const only: unknown = children[0];
      if (Element.isElement(only) || (Text.isText(only) && (only.text !== '' || only.bold !== undefined))) {
        Transforms.removeNodes(editor, { at: [...path, 0], voids: true });
        Transforms.insertNodes(editor, { text: '' }, { at: [...path, 0], voids: true });
        return true;
      }
      return false;
    },
  };
}

/** Returns true when it changed something (Slate then normalizes again). */
function normalizeBlock(editor: Editor, entry: NodeEntry<Element>): boolean {
  const [element, path] = entry;
  const raw = element as unknown as Record<string, unknown>;
  // A block of a type BriefDocument does not know keeps its text as a paragraph.
  if (!isBlockType(raw.type)) {
    Transforms.setNodes<ParagraphElement>(editor, { type: 'paragraph' }, { at: path });
    return true;
  }
  return BLOCKS[raw.type].normalize(raw, repairAt(editor, path), FOREIGN_KEYS[raw.type]);
}

function normalizeText(editor: Editor, entry: NodeEntry<Text>): boolean {
  const [text, path] = entry;
  const raw = text as unknown as Record<string, unknown>;
  const extra = Object.keys(raw).filter((key) => !TEXT_KEYS.has(key));
  if (extra.length > 0) {
    Transforms.unsetNodes(editor, extra, { at: path });
    return true;
  }
  if ('bold' in raw && raw.bold !== true) {
    Transforms.unsetNodes(editor, 'bold', { at: path });
    return true;
  }
  return false;
}

export function withBriefDocument<T extends Editor>(editor: T): T {
  const { normalizeNode, isVoid } = editor;
  // A void block (a generated section, a table, statistics, a picture) is edited in its own inputs,
  // not as Slate text: Slate treats it as one unit.
  editor.isVoid = (element) => isVoidBlock(element) || isVoid(element);
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (path.length === 0) {
      if (editor.children.length === 0) {
        Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] });
        return;
      }
      // Top level holds blocks only: a stray text node gets a paragraph around it.
      for (const [child, childPath] of Node.children(editor, path)) {
        if (Text.isText(child)) {
          Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: childPath });
          return;
        }
      }
    } else if (Element.isElement(node) && path.length === 1) {
      if (normalizeBlock(editor, [node, path])) return;
    } else if (Text.isText(node)) {
      if (normalizeText(editor, [node, path])) return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}
