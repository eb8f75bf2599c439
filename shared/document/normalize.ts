/**
 * Slate normalizers: whatever an edit, a paste or an old stored document produced, the editor value
 * is brought back to the model in types.ts — one fix per pass, Slate re-runs until nothing changes.
 */
import './slateTypes';
import { normalizeVoidChildren } from './normalizeVoid';
import { Editor, Element, Node, Text, Transforms, type NodeEntry, type Path } from 'slate';
import {
  GENERATED_KINDS,
  NUMBER_LEVELS,
  type GeneratedElement,
  type GeneratedKind,
  type NumberLevel,
  type NumberedElement,
  type ParagraphElement,
} from './types';
import { normalizeTable, TABLE_ONLY_KEYS } from './normalizeTable';
import { normalizeStatistics, STATISTICS_ONLY_KEYS } from './normalizeStatistics';

const TEXT_KEYS = new Set(['text', 'bold']);

function isLevel(value: unknown): value is NumberLevel {
  return NUMBER_LEVELS.includes(value as NumberLevel);
}

function isGeneratedKind(value: unknown): value is GeneratedKind {
  return GENERATED_KINDS.includes(value as GeneratedKind);
}

/**
 * A generated block keeps a known kind, its lines as strings, and exactly one empty text child (it is
 * void: typing never reaches it, but a paste or a bad file might put text there). One of unknown kind
 * is no longer something BriefDesk can re-render: it becomes an ordinary paragraph.
 */
function normalizeGenerated(editor: Editor, raw: Record<string, unknown>, path: Path): boolean {
  if (!isGeneratedKind(raw.kind)) {
    Transforms.unsetNodes(editor, ['kind', 'lines'], { at: path });
    Transforms.setNodes<ParagraphElement>(editor, { type: 'paragraph' }, { at: path });
    return true;
  }
  if ('level' in raw || 'display' in raw) {
    Transforms.unsetNodes(editor, ['level', 'display'], { at: path });
    return true;
  }
  if (!Array.isArray(raw.lines) || !raw.lines.every((line) => typeof line === 'string')) {
    Transforms.setNodes<GeneratedElement>(editor, { lines: [] }, { at: path });
    return true;
  }
  return normalizeVoidChildren(editor, raw.children as unknown[], path);
}

/** Returns true when it changed something (Slate then normalizes again). */
function normalizeBlock(editor: Editor, entry: NodeEntry<Element>): boolean {
  const [element, path] = entry;
  const raw = element as unknown as Record<string, unknown>;
  if (
    raw.type !== 'paragraph' &&
    raw.type !== 'numbered' &&
    raw.type !== 'generated' &&
    raw.type !== 'table' &&
    raw.type !== 'statistics' &&
    raw.type !== 'picture'
  ) {
    Transforms.setNodes<ParagraphElement>(editor, { type: 'paragraph' }, { at: path });
    return true;
  }
  if (raw.type === 'generated') return normalizeGenerated(editor, raw, path);
  if (raw.type === 'table') return normalizeTable(editor, raw, path);
  if (raw.type === 'statistics') return normalizeStatistics(editor, raw, path);
  // Stopgap until the picture module's own normaliser (helper "blocks") lands: keep it, void.
  if (raw.type === 'picture') return normalizeVoidChildren(editor, raw.children as unknown[], path);
  if (STATISTICS_ONLY_KEYS.some((key) => key in raw)) {
    Transforms.unsetNodes(editor, [...STATISTICS_ONLY_KEYS], { at: path });
    return true;
  }
  if (TABLE_ONLY_KEYS.some((key) => key in raw)) {
    Transforms.unsetNodes(editor, [...TABLE_ONLY_KEYS], { at: path });
    return true;
  }
  if ('kind' in raw || 'lines' in raw) {
    Transforms.unsetNodes(editor, ['kind', 'lines'], { at: path });
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
  const { normalizeNode, isVoid } = editor;
  // A generated section is written by BriefDesk, not typed: Slate treats it as one void block.
  // A table is void too: its cells are edited in its own inputs (TableBlock.tsx), not as Slate text.
  // A statistics block is void as well: its figures are typed in its own inputs.
  editor.isVoid = (element) =>
    element.type === 'generated' ||
    element.type === 'table' ||
    element.type === 'statistics' ||
    element.type === 'picture' ||
    isVoid(element);
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
