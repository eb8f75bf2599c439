/**
 * Slate normalizers: whatever an edit, a paste or an old stored document produced, the editor value
 * is brought back to the model in types.ts — one fix per pass, Slate re-runs until nothing changes.
 */
import './slateTypes';
import { Editor, Element, Node, Text, Transforms, type NodeEntry } from 'slate';
import { NUMBER_LEVELS, type NumberLevel, type NumberedElement, type ParagraphElement } from './types';

const TEXT_KEYS = new Set(['text', 'bold']);

function isLevel(value: unknown): value is NumberLevel {
  return NUMBER_LEVELS.includes(value as NumberLevel);
}

/** Returns true when it changed something (Slate then normalizes again). */
function normalizeBlock(editor: Editor, entry: NodeEntry<Element>): boolean {
  const [element, path] = entry;
  const raw = element as unknown as Record<string, unknown>;
  if (raw.type !== 'paragraph' && raw.type !== 'numbered') {
    Transforms.setNodes<ParagraphElement>(editor, { type: 'paragraph' }, { at: path });
    return true;
  }
  if (raw.type === 'paragraph' && ('level' in raw || 'display' in raw)) {
    Transforms.unsetNodes(editor, ['level', 'display'], { at: path });
    return true;
  }
  if (raw.type === 'numbered') {
    if (!isLevel(raw.level)) {
      const n = Number(raw.level);
      const level = Number.isFinite(n) ? Math.min(4, Math.max(1, Math.round(n))) : 1;
      Transforms.setNodes<NumberedElement>(editor, { level: level as NumberLevel }, { at: path });
      return true;
    }
    if (raw.display !== 'heading' && raw.display !== 'paragraph') {
      Transforms.setNodes<NumberedElement>(editor, { display: 'heading' }, { at: path });
      return true;
    }
  }
  // Blocks hold text only: a nested element (from a paste or a bad file) is lifted out of the way.
  for (const [child, childPath] of Node.children(editor, path)) {
    if (Element.isElement(child)) {
      Transforms.unwrapNodes(editor, { at: childPath });
      return true;
    }
  }
  return false;
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
  const { normalizeNode } = editor;
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
