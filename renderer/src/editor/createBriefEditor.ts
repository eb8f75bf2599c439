/**
 * The one editor object of an open issue: Slate with React, history, the document model's normalizers
 * and our block commands. Paste is plain text only, so HTML from Word, WPS or web pages arrives as
 * the model's own blocks, numbers parsed into levels.
 */
import { createEditor, Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact, type ReactEditor } from 'slate-react';
import { insertPlainText, withBriefCommands } from '../../../shared/document/commands';
import { withBriefDocument } from '../../../shared/document/normalize';

export type BriefEditor = Editor & ReactEditor;

/**
 * Top-level blocks per render chunk: a keystroke then reconciles one chunk, not all 600 blocks, and the
 * browser can skip laying out chunks off screen (content-visibility in styles.css).
 */
export const CHUNK_SIZE = 50;

export function createBriefEditor(): BriefEditor {
  const editor = withBriefCommands(withBriefDocument(withHistory(withReact(createEditor())))) as BriefEditor;
  editor.insertData = (data) => {
    const text = data.getData('text/plain');
    if (text) insertPlainText(editor, text);
  };
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  return editor;
}
