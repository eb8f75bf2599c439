/**
 * Pictures in the editor: the block (width, caption, delete, a missing image, read-only) and putting
 * pictures in (toolbar, paste, a refused file, main's refusal). The api is a fake per test; the
 * decode/scale step is faked (jsdom has no canvas), everything between runs for real.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredPictureInfo } from '../../shared/contract/pictureChannels';
import { paragraph, picture, type BlockElement, type PictureElement } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { DocumentEditor } from '../../renderer/src/editor/DocumentEditor';
import { MISSING_PICTURE_TEXT } from '../../renderer/src/editor/blocks/PictureBlock';
import { PictureDecoderContext } from '../../renderer/src/pictures/PictureDecoderContext';
import { makeJpeg, makePng, type PictureFixture } from '../fixtures/pictures';
import { fakeApi, ok, type FakeApi } from './fakeApi';
import { fakeDecoder, fileOf, stubObjectUrls } from './pictureFakes';

beforeAll(stubObjectUrls);

const photo = makeJpeg(320, 240);
const chart = makePng(200, 100);

/** An api that stores pictures in a Map, as main does by SHA-256 (the id is the fixture's). */
function pictureApi(stored: PictureFixture[] = [photo]): FakeApi {
  const byId = new Map(stored.map((p) => [p.id, p]));
  const byBase64 = new Map([photo, chart].map((p) => [p.bytes.toString('base64'), p]));
  return fakeApi({
    'issues.saveDocument': async () => ok({ revision: 2, updatedAt: 'x' }),
    'pictures.get': async ({ pictureId }) => {
      const p = byId.get(pictureId);
      if (!p) return { ok: false, error: { code: 'NOT_FOUND', message: '找不到这张图片，它可能已被删除' } };
      return ok({ pictureId, mime: p.mime, pixelWidth: p.width, pixelHeight: p.height, base64: p.bytes.toString('base64') });
    },
    'pictures.add': async ({ base64 }) => {
      const p = byBase64.get(base64);
      if (!p) return { ok: false, error: { code: 'INVALID_INPUT', message: '测试：未知的图片' } };
      byId.set(p.id, p);
      return ok<StoredPictureInfo>({ pictureId: p.id, mime: p.mime, pixelWidth: p.width, pixelHeight: p.height });
    },
  });
}

function renderEditor(api: FakeApi, blocks: BlockElement[], readOnly = false) {
  let editor: BriefEditor | null = null;
  const view = render(
    <ApiProvider api={api}>
      <PictureDecoderContext.Provider value={fakeDecoder().decode}>
        <DocumentEditor issueId={7} initialBlocks={blocks} readOnly={readOnly} onEditorReady={(e) => (editor = e)} />
      </PictureDecoderContext.Provider>
    </ApiProvider>,
  );
  if (!editor) throw new Error('editor not ready');
  return { ...view, editor: editor as BriefEditor };
}

const pictureAt = (editor: BriefEditor, index: number) => editor.children[index] as PictureElement;
const block = () => screen.getByTestId('picture-block');

describe('a picture block', () => {
  it('shows the stored image centred at its width, fetched once for two blocks of the same picture', async () => {
    const api = pictureApi();
    renderEditor(api, [picture(photo.id, 320, 240, '', 75), picture(photo.id, 320, 240)]);
    await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(2));
    const [first] = screen.getAllByRole('img');
    expect(first!.getAttribute('src')).toMatch(/^blob:/);
    expect((first!.parentElement as HTMLElement).style.width).toBe('75%');
    expect(api['pictures.get']).toHaveBeenCalledTimes(1);
  });

  it('changes its width with the 宽度 buttons, undoably', async () => {
    const { editor } = renderEditor(pictureApi(), [paragraph('前'), picture(photo.id, 320, 240)]);
    expect(screen.getByRole('button', { name: '宽度 100%' })).toHaveAttribute('aria-pressed', 'true');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '宽度 50%' })));
    expect(pictureAt(editor, 1).width).toBe(50);
    expect(screen.getByRole('button', { name: '宽度 50%' })).toHaveAttribute('aria-pressed', 'true');
    expect(block().dataset.width).toBe('50');
    await act(async () => editor.undo());
    expect(pictureAt(editor, 1).width).toBe(100);
  });

  it('takes its 图注 from the caption input, typing being one undo step', async () => {
    const { editor } = renderEditor(pictureApi(), [picture(photo.id, 320, 240)]);
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
    const { editor } = renderEditor(pictureApi(), [picture(photo.id, 320, 240)]);
    const input = screen.getByRole('textbox', { name: '图注' });
    await act(async () => fireEvent.compositionStart(input));
    await act(async () => fireEvent.change(input, { target: { value: 'tuwei' } }));
    expect(pictureAt(editor, 0).caption).toBe('');
    expect(input).toHaveValue('tuwei');
    (input as HTMLInputElement).value = '图为';
    await act(async () => fireEvent.compositionEnd(input));
    expect(pictureAt(editor, 0).caption).toBe('图为');
  });

  it('删除图片 removes the block', async () => {
    const { editor } = renderEditor(pictureApi(), [paragraph('前'), picture(photo.id, 320, 240), paragraph('后')]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '删除图片' })));
    expect(editor.children.map((b) => (b as BlockElement).type)).toEqual(['paragraph', 'paragraph']);
    expect(screen.queryByTestId('picture-block')).toBeNull();
  });

  it('shows a placeholder when the picture is no longer stored, and the editor keeps working', async () => {
    const { editor } = renderEditor(pictureApi([]), [picture(makeJpeg(10, 10).id, 10, 10, '图为旧照片'), paragraph('后')]);
    expect(await screen.findByText(MISSING_PICTURE_TEXT)).toBeVisible();
    expect(screen.queryByRole('img', { name: '图为旧照片' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '宽度 75%' })));
    expect(pictureAt(editor, 0).width).toBe(75);
  });

  it('in a finalized issue shows the picture and its caption with no control', async () => {
    renderEditor(pictureApi(), [picture(photo.id, 320, 240, '图为窗口现场')], true);
    await waitFor(() => expect(screen.getByRole('img')).toBeVisible());
    expect(within(block()).getByText('图为窗口现场')).toBeVisible();
    expect(within(block()).queryByRole('textbox')).toBeNull();
    expect(within(block()).queryByRole('button')).toBeNull();
    expect(screen.getByRole('button', { name: '插入图片' })).toBeDisabled();
  });
});

describe('putting pictures in', () => {
  it('插入图片 stores the chosen file with pictures.add and inserts the block after the caret’s block', async () => {
    const api = pictureApi([]);
    const { editor } = renderEditor(api, [paragraph('第一段'), paragraph('第二段')]);
    await act(async () => editor.select({ path: [0, 0], offset: 1 }));
    const input = screen.getByTestId('insert-picture-input');
    expect(input).toHaveAttribute('accept', 'image/jpeg,image/png');
    await act(async () => fireEvent.change(input, { target: { files: [fileOf(photo.bytes, '大厅.jpg', 'image/jpeg')] } }));
    await waitFor(() => expect(editor.children).toHaveLength(3));
    expect(api['pictures.add']).toHaveBeenCalledWith({ fileName: '大厅.jpg', base64: photo.bytes.toString('base64') });
    expect(editor.children[1]).toEqual(picture(photo.id, 320, 240));
    expect(await screen.findByRole('img')).toBeVisible();
  });

  it('pastes an image from the clipboard as a picture, replacing the empty paragraph it was pasted in', async () => {
    const { editor } = renderEditor(pictureApi([]), [paragraph('前'), paragraph('')]);
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
    const { editor } = renderEditor(pictureApi([]), [paragraph('前'), paragraph('后')]);
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
    const api = pictureApi([]);
    const { editor } = renderEditor(api, [paragraph('前')]);
    const notPicture = fileOf(new TextEncoder().encode('纯文字'), '会议纪要.jpg', 'image/jpeg');
    await act(async () => fireEvent.change(screen.getByTestId('insert-picture-input'), { target: { files: [notPicture] } }));
    expect(await screen.findByTestId('paste-notice')).toHaveTextContent('「会议纪要.jpg」不是 JPEG 或 PNG 图片，未插入。');
    expect(api['pictures.add']).not.toHaveBeenCalled();
    expect(editor.children).toHaveLength(1);
  });

  it('says 正在插入图片… until the picture is stored, then inserts it', async () => {
    const api = pictureApi([]);
    let answer: (value: Awaited<ReturnType<FakeApi['pictures.add']>>) => void = () => {};
    api['pictures.add'].mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const { editor } = renderEditor(api, [paragraph('前')]);
    await act(async () => fireEvent.change(screen.getByTestId('insert-picture-input'), { target: { files: [fileOf(photo.bytes, 'a.jpg')] } }));
    expect(screen.getByTestId('picture-inserting')).toHaveTextContent('正在插入图片…');
    await waitFor(() => expect(api['pictures.add']).toHaveBeenCalled());
    await act(async () => answer(ok({ pictureId: photo.id, mime: 'image/jpeg', pixelWidth: 320, pixelHeight: 240 })));
    await waitFor(() => expect(screen.queryByTestId('picture-inserting')).toBeNull());
    expect((editor.children[1] as BlockElement).type).toBe('picture');
  });

  it('takes no dropped or pasted picture into a finalized issue', async () => {
    const api = pictureApi([]);
    const { editor } = renderEditor(api, [paragraph('前')], true);
    const dataTransfer = { types: ['Files'], getData: () => '', files: [fileOf(photo.bytes, 'a.jpg')] };
    await act(async () => fireEvent.drop(screen.getByText('前'), { dataTransfer }));
    await act(async () => fireEvent.paste(screen.getByTestId('editor'), { clipboardData: dataTransfer }));
    expect(api['pictures.add']).not.toHaveBeenCalled();
    expect(editor.children).toHaveLength(1);
  });

  it('shows main’s refusal as it is', async () => {
    const api = pictureApi([]);
    api['pictures.add'].mockResolvedValue({ ok: false, error: { code: 'INVALID_INPUT', message: '图片不完整，可能已损坏' } });
    renderEditor(api, [paragraph('前')]);
    await act(async () => fireEvent.change(screen.getByTestId('insert-picture-input'), { target: { files: [fileOf(photo.bytes, 'a.jpg')] } }));
    expect(await screen.findByTestId('paste-notice')).toHaveTextContent('图片不完整，可能已损坏');
  });

  it('pastes text, not the picture, when a copy from Word carries both', async () => {
    const api = pictureApi([]);
    const { editor } = renderEditor(api, [paragraph('')]);
    await act(async () => editor.select({ path: [0, 0], offset: 0 }));
    const data = { getData: (type: string) => (type === 'text/plain' ? '会议要求' : ''), files: [fileOf(chart.bytes, 'image.png')] };
    await act(async () => fireEvent.paste(screen.getByTestId('editor'), { clipboardData: data }));
    expect(api['pictures.add']).not.toHaveBeenCalled();
    expect(editor.children).toEqual([paragraph('会议要求')]);
  });
});
