/**
 * What a paste brings into the editor. HTML (Word, WPS, web pages) is parsed by the browser's
 * DOMParser into an inert document — scripts do not run, images and styles do not load — and read by
 * shared/document/pasteHtml.ts; plain text as before. The whole paste is one undo step.
 *
 * Image files (a screenshot, a picture copied from a viewer, files dropped from the file manager) are
 * pictures when the paste carries no text (pastedPictures): the editor takes them before Slate sees the
 * paste or drop (DocumentEditor.tsx), since storing them needs the api. A copy from Word or a web page
 * that holds text and pictures pastes its text, since its image item is only a rendering of the selection.
 */
import { HistoryEditor } from 'slate-history';
import { insertBlocks, insertPlainText } from '../../../shared/document/commands';
import { htmlToBlocks, MAX_PASTE_HTML_CHARS, type HtmlNode } from '../../../shared/document/pasteHtml';
import type { Editor } from 'slate';
import { filesOf } from '../pictures/insertPictures';

/** Plain text beyond this is refused rather than frozen on. */
export const MAX_PASTE_TEXT_CHARS = 1_000_000;

type PastedData = Pick<DataTransfer, 'getData'> & Partial<Pick<DataTransfer, 'files' | 'items'>>;

/** The files of a paste or drop that are to become pictures; none when it carries text. */
export function pastedPictures(data: PastedData): File[] {
  const files = filesOf(data);
  return files.length > 0 && data.getData('text/plain').trim() === '' ? files : [];
}

/** Said after a paste of text that held pictures: they did not come with it, and how to bring them. */
export const picturesLeftOut = (count: number): string =>
  `粘贴的内容中有 ${count} 张图片没有一起粘贴进来（随文字复制的图片读不到）。请单独复制每张图片再粘贴，或用“插入图片”插入。`;

export function pasteData(editor: Editor, data: PastedData, notice: (message: string) => void): void {
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  // Files alone are the editor's to store (see above): there is no text here to paste.
  if (pastedPictures(data).length > 0) return;
  const run = (fn: () => void) => (HistoryEditor.isHistoryEditor(editor) ? HistoryEditor.withNewBatch(editor, fn) : fn());
  if (html && html.length <= MAX_PASTE_HTML_CHARS) {
    const document = new DOMParser().parseFromString(html, 'text/html');
    const result = htmlToBlocks(document.body as unknown as HtmlNode);
    if (!result.ok) {
      notice(result.message);
      return;
    }
    run(() => insertBlocks(editor, result.blocks));
    if (result.pictures > 0) notice(picturesLeftOut(result.pictures));
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
