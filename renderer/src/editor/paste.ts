/**
 * What a paste brings into the editor. HTML (Word, WPS, web pages) is parsed by the browser's
 * DOMParser into an inert document — scripts do not run, images and styles do not load — and read by
 * shared/document/pasteHtml.ts; plain text as before. The whole paste is one undo step.
 */
import { HistoryEditor } from 'slate-history';
import { insertBlocks, insertPlainText } from '../../../shared/document/commands';
import { htmlToBlocks, MAX_PASTE_HTML_CHARS, type HtmlNode } from '../../../shared/document/pasteHtml';
import type { Editor } from 'slate';

/** Plain text beyond this is refused rather than frozen on. */
export const MAX_PASTE_TEXT_CHARS = 1_000_000;

export function pasteData(editor: Editor, data: Pick<DataTransfer, 'getData'>, notice: (message: string) => void): void {
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  const run = (fn: () => void) => (HistoryEditor.isHistoryEditor(editor) ? HistoryEditor.withNewBatch(editor, fn) : fn());
  if (html && html.length <= MAX_PASTE_HTML_CHARS) {
    const document = new DOMParser().parseFromString(html, 'text/html');
    const result = htmlToBlocks(document.body as unknown as HtmlNode);
    if (!result.ok) {
      notice(result.message);
      return;
    }
    run(() => insertBlocks(editor, result.blocks));
    return;
  }
  if (!text) {
    if (html) notice('粘贴的内容过大，未粘贴。请分几次粘贴。');
    return;
  }
  if (text.length > MAX_PASTE_TEXT_CHARS) {
    notice('粘贴的文字超过100万字，未粘贴。请分几次粘贴。');
    return;
  }
  run(() => insertPlainText(editor, text));
}
