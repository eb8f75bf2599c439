/**
 * Pictures in the editor: the block (width, caption, delete, a missing image, read-only) and putting
 * pictures in (toolbar, paste, drop, a refused file, main's refusal). The api is main's real handlers
 * over an in-memory database (realApi.ts): pictures.add checks and stores real JPEG/PNG bytes and
 * pictures.get reads them back. Only the browser's decode/scale step is faked (jsdom has no canvas).
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertBlocks, setBlockKind } from '../../shared/document/commands';
import { paragraph, picture, type BlockElement, type PictureElement } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { DocumentEditor } from '../../renderer/src/editor/DocumentEditor';
import { MISSING_PICTURE_TEXT } from '../../renderer/src/editor/blocks/PictureBlock';
import { PictureDecoderContext } from '../../renderer/src/pictures/PictureDecoderContext';
import { makeJpeg, makePng, type PictureFixture } from '../fixtures/pictures';
import { fakeDecoder, fileOf, stubObjectUrls } from './pictureFakes';
import { realApi, type RealApi } from './realApi';
import { addIssue, weekMeta } from './realSeed';

beforeAll(stubObjectUrls);

const photo = makeJpeg(320, 240);
const chart = makePng(200, 100);

/** Stores a fixture through the real pictures.add (past the spies) and answers its block. */
async function stored(real: RealApi, fixture: PictureFixture, caption = '', width: PictureElement['width'] = 100) {
  const info = await real.value('pictures.add', { fileName: 'fixture', base64: fixture.bytes.toString('base64') });
  return picture(info.pictureId, info.pixelWidth, info.pixelHeight, caption, width);
}

async function renderEditor(real: RealApi, blocks: BlockElement[], readOnly = false) {
  const issue = await addIssue(real, weekMeta(27), blocks);
  let editor: BriefEditor | null = null;
  const view = render(
    <ApiProvider api={real.api}>
      <PictureDecoderContext.Provider value={fakeDecoder().decode}>
        <DocumentEditor issueId={issue.id} initialBlocks={issue.document.blocks} readOnly={readOnly} onEditorReady={(e) => (editor = e)} />
      </PictureDecoderContext.Provider>
    </ApiProvider>,
  );
  if (!editor) throw new Error('editor not ready');
  return { ...view, editor: editor as BriefEditor };
}

const pictureAt = (editor: BriefEditor, index: number) => editor.children[index] as PictureElement;
const block = () => screen.getByTestId('picture-block');
const pictureInput = () => screen.getByTestId('insert-picture-input');

describe('a picture block', () => {
  it('shows the stored image centred at its width, fetched once for two blocks of the same picture', async () => {
    const real = realApi();
    const shown = await stored(real, photo, '', 75);
    await renderEditor(real, [shown, { ...shown, width: 100 }]);
    await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(2));
    const [first] = screen.getAllByRole('img');
    expect(first!.getAttribute('src')).toMatch(/^blob:/);
    expect((first!.parentElement as HTMLElement).style.width).toBe('75%');
    expect(real.api['pictures.get']).toHaveBeenCalledTimes(1);
  });

  it('changes its width with the 宽度 buttons, undoably', async () => {
    const real = realApi();
    const { editor } = await renderEditor(real, [paragraph('前'), await stored(real, photo)]);
    expect(screen.getByRole('button', { name: '宽度 100%' })).toHaveAttribute('aria-pressed', 'true');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '宽度 50%' })));
    expect(pictureAt(editor, 1).width).toBe(50);
    expect(screen.getByRole('button', { name: '宽度 50%' })).toHaveAttribute('aria-pressed', 'true');
    expect(block().dataset.width).toBe('50');
    await act(async () => editor.undo());
    expect(pictureAt(editor, 1).width).toBe(100);
  });

  it('takes its 图注 from the caption input, typing being one undo step', async () => {
    const real = realApi();
    const { editor } = await renderEditor(real, [await stored(real, photo)]);
    const input = screen.getByRole('textbox', { name: '图注' });
    expect(input).toHaveAttribute('placeholder', '图为…（可不填）');
    await act(async () => fireEvent.change(input, { target: { value: '图为' } }));
    await act(async () => fireEvent.change(input, { target: { value: '图为中心主任在大厅' } }));
    expect(pictureAt(editor, 0).caption).toBe('图为中心主任在大厅');
    await act(async () => editor.undo());
    expect(pictureAt(editor, 0).caption).toBe('');
    expect(input).toHaveValue('');
  });

  it('keeps what an IME composes out of the document until the characters are chosen', async () => {
    const real = realApi();
    const { editor } = await renderEditor(real, [await stored(real, photo)]);
    const input = screen.getByRole('textbox', { name: '图注' });
    await act(async () => fireEvent.compositionStart(input));
    await act(async () => fireEvent.change(input, { target: { value: 'tuwei' } }));
    expect(pictureAt(editor, 0).caption).toBe('');
    expect(input).toHaveValue('tuwei');
    (input as HTMLInputElement).value = '图为';
    await act(async () => fireEvent.compositionEnd(input));
    expect(pictureAt(editor, 0).caption).toBe('图为');
  });

  it('stays a picture when 一级 or 正文 is chosen on it, or text is pasted while it is selected', async () => {
    const real = realApi();
    const shown = await stored(real, photo, '图为');
    const { editor } = await renderEditor(real, [paragraph('前'), shown, paragraph('后')]);
    await act(async () => editor.select({ path: [1, 0], offset: 0 }));
    await act(async () => setBlockKind(editor, 1));
    await act(async () => setBlockKind(editor, 'paragraph'));
    expect(editor.children[1]).toEqual(shown);
    await act(async () => insertBlocks(editor, [paragraph('甲'), paragraph('乙')]));
    expect(editor.children).toHaveLength(5);
    expect(editor.children.filter((b) => (b as BlockElement).type === 'picture')).toEqual([shown]);
  });

  it('删除图片 removes the block', async () => {
    const real = realApi();
    const { editor } = await renderEditor(real, [paragraph('前'), await stored(real, photo), paragraph('后')]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '删除图片' })));
    expect(editor.children.map((b) => (b as BlockElement).type)).toEqual(['paragraph', 'paragraph']);
    expect(screen.queryByTestId('picture-block')).toBeNull();
  });

  it('shows a placeholder when the picture is no longer stored, and the editor keeps working', async () => {
    const real = realApi();
    // Never stored in this database: main answers NOT_FOUND, as for a picture whose bytes are gone.
    const gone = picture(makeJpeg(10, 10).id, 10, 10, '图为旧照片');
    const { editor } = await renderEditor(real, [gone, paragraph('后')]);
    expect(await screen.findByText(MISSING_PICTURE_TEXT)).toBeVisible();
    expect(screen.queryByRole('img', { name: '图为旧照片' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '宽度 75%' })));
    expect(pictureAt(editor, 0).width).toBe(75);
  });

  it('in a finalized issue shows the picture and its caption with no control', async () => {
    const real = realApi();
    await renderEditor(real, [await stored(real, photo, '图为窗口现场')], true);
    await waitFor(() => expect(screen.getByRole('img')).toBeVisible());
    expect(within(block()).getByText('图为窗口现场')).toBeVisible();
    expect(within(block()).queryByRole('textbox')).toBeNull();
    expect(within(block()).queryByRole('button')).toBeNull();
    expect(screen.getByRole('button', { name: '插入图片' })).toBeDisabled();
  });
});

describe('putting pictures in', () => {
  it('插入图片 stores the chosen file with pictures.add and inserts the block after the caret’s block', async () => {
    const real = realApi();
    const { editor } = await renderEditor(real, [paragraph('第一段'), paragraph('第二段')]);
    await act(async () => editor.select({ path: [0, 0], offset: 1 }));
    expect(pictureInput()).toHaveAttribute('accept', 'image/jpeg,image/png');
    await act(async () => fireEvent.change(pictureInput(), { target: { files: [fileOf(photo.bytes, '大厅.jpg', 'image/jpeg')] } }));
    await waitFor(() => expect(editor.children).toHaveLength(3));
    expect(real.api['pictures.add']).toHaveBeenCalledWith({ fileName: '大厅.jpg', base64: photo.bytes.toString('base64') });
    expect(editor.children[1]).toEqual(picture(photo.id, 320, 240));
    expect(await screen.findByRole('img')).toBeVisible();
    // One undo step takes the whole insertion back.
    await act(async () => editor.undo());
    expect(editor.children).toEqual([paragraph('第一段'), paragraph('第二段')]);
  });

  it('pastes an image from the clipboard as a picture, replacing the empty paragraph it was pasted in', async () => {
    const real = realApi();
    const { editor } = await renderEditor(real, [paragraph('前'), paragraph('')]);
    await act(async () => editor.select({ path: [1, 0], offset: 0 }));
    const file = fileOf(chart.bytes, 'image.png', 'image/png');
    await act(async () => fireEvent.paste(screen.getByTestId('editor'), { clipboardData: { getData: () => '', files: [file] } }));
    await waitFor(() => expect((editor.children[1] as BlockElement).type).toBe('picture'));
    expect(pictureAt(editor, 1).pictureId).toBe(chart.id);
    // The picture was last: an empty paragraph follows it, with the caret in it.
    expect(editor.children).toHaveLength(3);
    expect(editor.selection?.anchor.path).toEqual([2, 0]);
  });

  it('takes image files dropped on the text', async () => {
    const real = realApi();
    const { editor } = await renderEditor(real, [paragraph('前'), paragraph('后')]);
    await act(async () => editor.select({ path: [0, 0], offset: 0 }));
    const dataTransfer = { types: ['Files'], getData: () => '', files: [fileOf(photo.bytes, 'a.jpg'), fileOf(chart.bytes, 'b.png')] };
    const target = screen.getByText('前');
    fireEvent.dragOver(target, { dataTransfer });
    await act(async () => fireEvent.drop(target, { dataTransfer }));
    await waitFor(() => expect(editor.children).toHaveLength(4));
    expect(editor.children.map((b) => (b as PictureElement).pictureId ?? (b as BlockElement).type)).toEqual([
      'paragraph',
      photo.id,
      chart.id,
      'paragraph',
    ]);
  });

  it('refuses a file that is no picture with a message, and stores nothing', async () => {
    const real = realApi();
    const { editor } = await renderEditor(real, [paragraph('前')]);
    const notPicture = fileOf(new TextEncoder().encode('纯文字'), '会议纪要.jpg', 'image/jpeg');
    await act(async () => fireEvent.change(pictureInput(), { target: { files: [notPicture] } }));
    expect(await screen.findByTestId('paste-notice')).toHaveTextContent('「会议纪要.jpg」不是 JPEG 或 PNG 图片，未插入。');
    expect(real.api['pictures.add']).not.toHaveBeenCalled();
    expect(editor.children).toHaveLength(1);
  });

  it('says 正在插入图片… until the picture is stored, then inserts it', async () => {
    const real = realApi();
    const { editor } = await renderEditor(real, [paragraph('前')]);
    const held = real.hold('pictures.add');
    await act(async () => fireEvent.change(pictureInput(), { target: { files: [fileOf(photo.bytes, 'a.jpg')] } }));
    expect(screen.getByTestId('picture-inserting')).toHaveTextContent('正在插入图片…');
    await held.started;
    await act(async () => held.release());
    await waitFor(() => expect(screen.queryByTestId('picture-inserting')).toBeNull());
    expect((editor.children[1] as BlockElement).type).toBe('picture');
  });

  it('leaves the caret where the clerk went on typing while the picture was stored', async () => {
    const real = realApi();
    const { editor } = await renderEditor(real, [paragraph('第一段'), paragraph('第二段')]);
    await act(async () => editor.select({ path: [0, 0], offset: 0 }));
    const held = real.hold('pictures.add');
    await act(async () => fireEvent.change(pictureInput(), { target: { files: [fileOf(photo.bytes, 'a.jpg')] } }));
    await held.started;
    await act(async () => editor.select({ path: [1, 0], offset: 2 }));
    await act(async () => held.release());
    await waitFor(() => expect(editor.children).toHaveLength(3));
    expect((editor.children[1] as BlockElement).type).toBe('picture');
    expect(editor.selection?.anchor).toEqual({ path: [2, 0], offset: 2 }); // still in 第二段, moved down by one
  });

  it('takes no dropped or pasted picture into a finalized issue', async () => {
    const real = realApi();
    const { editor } = await renderEditor(real, [paragraph('前')], true);
    const dataTransfer = { types: ['Files'], getData: () => '', files: [fileOf(photo.bytes, 'a.jpg')] };
    await act(async () => fireEvent.drop(screen.getByText('前'), { dataTransfer }));
    await act(async () => fireEvent.paste(screen.getByTestId('editor'), { clipboardData: dataTransfer }));
    expect(real.api['pictures.add']).not.toHaveBeenCalled();
    expect(editor.children).toHaveLength(1);
  });

  it('shows main’s refusal as it is: a JPEG cut short is no picture', async () => {
    const real = realApi();
    await renderEditor(real, [paragraph('前')]);
    // The header decodes (the fake decoder reads only the size); main decodes the whole file and refuses it.
    const truncated = photo.bytes.subarray(0, Math.floor(photo.bytes.length / 2));
    await act(async () => fireEvent.change(pictureInput(), { target: { files: [fileOf(truncated, 'a.jpg')] } }));
    await waitFor(() => expect(real.api['pictures.add']).toHaveBeenCalled());
    const answer = await real.api['pictures.add'].mock.results[0]!.value;
    expect(answer.ok).toBe(false);
    expect(await screen.findByTestId('paste-notice')).toHaveTextContent(answer.ok ? '' : answer.error.message);
  });

  it('pastes text, not the picture, when a copy from Word carries both', async () => {
    const real = realApi();
    const { editor } = await renderEditor(real, [paragraph('')]);
    await act(async () => editor.select({ path: [0, 0], offset: 0 }));
    const data = { getData: (type: string) => (type === 'text/plain' ? '会议要求' : ''), files: [fileOf(chart.bytes, 'image.png')] };
    await act(async () => fireEvent.paste(screen.getByTestId('editor'), { clipboardData: data }));
    expect(real.api['pictures.add']).not.toHaveBeenCalled();
    expect(editor.children).toEqual([paragraph('会议要求')]);
  });
});
