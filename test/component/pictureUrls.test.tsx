/**
 * The editor's picture URLs are held while a block shows them and revoked (and forgotten) a grace
 * after the last block showing one goes — so a day of issues with photos does not pile up in memory,
 * while a deletion undone at once does not fetch the bytes again. Over the module with a counting
 * api, and over the editor with main's real handlers; the grace is run through with fake timers.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { BriefDeskApi } from '../../shared/contract/api';
import { ok } from '../../shared/contract/result';
import { blocksOf } from '../../shared/document/commands';
import { paragraph, picture, type BlockElement } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { DocumentEditor } from '../../renderer/src/editor/DocumentEditor';
import { removePicture } from '../../renderer/src/pictures/pictureCommands';
import { acquirePictureUrl, PICTURE_URL_GRACE_MS } from '../../renderer/src/pictures/pictureUrls';
import { makeJpeg } from '../fixtures/pictures';
import { realApi, type RealApi } from './realApi';
import { addIssue, weekMeta } from './realSeed';

const photo = makeJpeg(32, 24);

let created: Mock<(blob: Blob) => string>;
let revoked: Mock<(url: string) => void>;

// jsdom has no object URLs: numbered stand-ins, and a record of what was revoked.
beforeEach(() => {
  let n = 0;
  created = vi.fn(() => `blob:test/${++n}`);
  revoked = vi.fn();
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: created });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: revoked });
});
afterEach(() => vi.useRealTimers());

const graceTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

/** Runs the grace out, then lets the revoke (which waits on the fetch's promise) happen. */
async function pastGrace() {
  await act(async () => {
    vi.advanceTimersByTime(PICTURE_URL_GRACE_MS + 1);
  });
}

/** An api answering `pictures.get` with the fixture's bytes, counting the calls. */
function countingApi() {
  const get = vi.fn(async () => ok({ mime: 'image/jpeg' as const, base64: photo.bytes.toString('base64') }));
  return { api: { 'pictures.get': get } as unknown as Pick<BriefDeskApi, 'pictures.get'>, get };
}

describe('leases of a picture URL', () => {
  it('shares one fetch between users and revokes once the last lets go and the grace has run', async () => {
    graceTimers();
    const { api, get } = countingApi();
    const [a, b] = [acquirePictureUrl(api, photo.id), acquirePictureUrl(api, photo.id)];
    const shown = await a.shown;
    expect(await b.shown).toEqual(shown);
    expect(get).toHaveBeenCalledTimes(1);
    a.release();
    a.release(); // twice is once
    await pastGrace();
    expect(revoked).not.toHaveBeenCalled();
    b.release();
    vi.advanceTimersByTime(PICTURE_URL_GRACE_MS - 1);
    await act(async () => {});
    expect(revoked).not.toHaveBeenCalled();
    await pastGrace();
    expect(revoked.mock.calls).toEqual([[shown.ok && shown.url]]);
    // Forgotten: the next user fetches again and gets a new URL.
    const again = acquirePictureUrl(api, photo.id);
    expect(await again.shown).toEqual({ ok: true, url: 'blob:test/2' });
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('keeps the URL for a user who comes back within the grace', async () => {
    graceTimers();
    const { api, get } = countingApi();
    const first = acquirePictureUrl(api, photo.id);
    const shown = await first.shown;
    first.release();
    vi.advanceTimersByTime(PICTURE_URL_GRACE_MS - 1);
    const back = acquirePictureUrl(api, photo.id);
    expect(await back.shown).toEqual(shown);
    await pastGrace();
    expect(revoked).not.toHaveBeenCalled();
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('revokes a URL whose bytes arrive after everyone let go', async () => {
    graceTimers();
    let answer!: () => void;
    const get = vi.fn(() => new Promise((resolve) => (answer = () => resolve(ok({ mime: 'image/jpeg', base64: 'AA==' })))));
    const api = { 'pictures.get': get } as unknown as Pick<BriefDeskApi, 'pictures.get'>;
    const lease = acquirePictureUrl(api, photo.id);
    lease.release();
    await pastGrace();
    expect(created).not.toHaveBeenCalled();
    await act(async () => answer());
    expect(revoked).toHaveBeenCalledWith('blob:test/1');
  });

  it('does not keep a refusal: the next user asks again', async () => {
    const get = vi.fn(async () => ({ ok: false as const, error: { code: 'NOT_FOUND' as const, message: '图片不存在' } }));
    const api = { 'pictures.get': get } as unknown as Pick<BriefDeskApi, 'pictures.get'>;
    const lease = acquirePictureUrl(api, photo.id);
    expect(await lease.shown).toEqual({ ok: false, code: 'NOT_FOUND', message: '图片不存在' });
    acquirePictureUrl(api, photo.id);
    expect(get).toHaveBeenCalledTimes(2);
  });
});

describe('picture blocks in the editor', () => {
  async function renderWithPictures(count: number) {
    const real: RealApi = realApi();
    const info = await real.value('pictures.add', { fileName: 'fixture', base64: photo.bytes.toString('base64') });
    const shown = picture(info.pictureId, info.pixelWidth, info.pixelHeight);
    const blocks: BlockElement[] = [paragraph('前'), ...Array.from({ length: count }, () => ({ ...shown })), paragraph('后')];
    const issue = await addIssue(real, weekMeta(27), blocks);
    let editor: BriefEditor | null = null;
    render(
      <ApiProvider api={real.api}>
        <DocumentEditor issueId={issue.id} initialBlocks={issue.document.blocks} onEditorReady={(e) => (editor = e)} />
      </ApiProvider>,
    );
    await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(count));
    return { real, editor: editor! };
  }

  const removeFirstPicture = (editor: BriefEditor) =>
    act(async () => removePicture(editor, [blocksOf(editor).findIndex((b) => b.type === 'picture')]));

  it('fetches once for two blocks of one picture, and revokes its URL after the last of them goes', async () => {
    const { real, editor } = await renderWithPictures(2);
    expect(real.api['pictures.get']).toHaveBeenCalledTimes(1);
    const url = screen.getAllByRole('img')[0]!.getAttribute('src');
    graceTimers();
    await removeFirstPicture(editor);
    await pastGrace();
    expect(revoked).not.toHaveBeenCalled();
    await removeFirstPicture(editor);
    expect(revoked).not.toHaveBeenCalled();
    await pastGrace();
    expect(revoked.mock.calls).toEqual([[url]]);
  });

  it('does not fetch again when a deleted picture is brought back by undo within the grace', async () => {
    const { real, editor } = await renderWithPictures(1);
    const url = screen.getByRole('img').getAttribute('src');
    graceTimers();
    await removeFirstPicture(editor);
    expect(screen.queryByRole('img')).toBeNull();
    await act(async () => editor.undo());
    expect(screen.getByRole('img')).toHaveAttribute('src', url);
    await pastGrace();
    expect(revoked).not.toHaveBeenCalled();
    expect(real.api['pictures.get']).toHaveBeenCalledTimes(1);
  });
});
