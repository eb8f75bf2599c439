/**
 * The one editor object of an open issue: Slate with React, history, the document model's normalizers,
 * our block commands and typed numbers. Paste (paste.ts) reads Word, WPS and web HTML into the model's
 * own blocks — bold, numbered levels, tables — or plain text; a refused paste is told through the
 * `pasteNotice` given at creation.
 */
import { createEditor, Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact, type ReactEditor } from 'slate-react';
import { withBriefCommands } from '../../../shared/document/commands';
import { pasteData } from './paste';
import { withBriefDocument } from '../../../shared/document/normalize';
import { withTypedNumbers } from '../../../shared/document/typedNumberInput';

export type BriefEditor = Editor & ReactEditor;

/**
 * Top-level blocks per render chunk: a keystroke then reconciles one chunk, not all 600 blocks. Chunks
 * render without a wrapper element (slate-react's default), so blocks stay direct children of the
 * editable — what the e2e tests select — at the price of no `content-visibility` per chunk, which
 * measured no clear gain at 600 blocks.
 */
export const CHUNK_SIZE = 50;

export function createBriefEditor(pasteNotice: (message: string) => void = () => {}): BriefEditor {
  const editor = withTypedNumbers(withBriefCommands(withBriefDocument(withHistory(withReact(createEditor()))))) as BriefEditor;
  editor.insertData = (data) => pasteData(editor, data, pasteNotice);
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  return editor;
}
