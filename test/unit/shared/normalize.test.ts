import { createEditor, Editor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { withBriefDocument } from '../../../shared/document/normalize';
import { documentSchema } from '../../../shared/document/schema';
import { DOCUMENT_SCHEMA_VERSION } from '../../../shared/document/types';

function normalized(children: unknown[]): Descendant[] {
  const editor = withBriefDocument(withHistory(createEditor()));
  editor.children = children as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor.children;
}

describe('withBriefDocument', () => {
  it('brings foreign shapes back to the model', () => {
    const result = normalized([
      { type: 'heading-one', children: [{ text: '标题', italic: true }] },
      { type: 'numbered', level: 7, display: 'banner', children: [{ text: '项', bold: false }] },
      { type: 'paragraph', level: 2, children: [{ text: '正文', bold: true }] },
      { type: 'paragraph', children: [{ type: 'paragraph', children: [{ text: '嵌套' }] }] },
    ]);
    expect(result).toEqual([
      { type: 'paragraph', children: [{ text: '标题' }] },
      { type: 'numbered', level: 4, display: 'heading', children: [{ text: '项' }] },
      { type: 'paragraph', children: [{ text: '正文', bold: true }] },
      { type: 'paragraph', children: [{ text: '嵌套' }] },
    ]);
    expect(documentSchema.safeParse({ schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks: result }).success).toBe(true);
  });

  it('never leaves the document empty', () => {
    expect(normalized([])).toEqual([{ type: 'paragraph', children: [{ text: '' }] }]);
  });
});
