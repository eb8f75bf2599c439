/**
 * Freeing pictures: a picture removed from its issue stays stored while a save point (历史版本) or a
 * recycled issue still names it, and goes when the last of them is deleted for good.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listPictureIds } from '../../../electron/services/db/picturesTable';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import type { ArchiveRuntime } from '../../../electron/services/archive/runtime';
import { openArchive } from '../../../electron/services/archive/startup';
import { collectUnusedPictures } from '../../../electron/services/pictures/collectPictures';
import { picture } from '../../../shared/document/types';
import { makeJpeg, makePng, type PictureFixture } from '../../fixtures/pictures';
import { addIssue, doc, makeHarness, manualClock, paragraph, tempDatabasePath, type Harness } from '../archive/harness';

async function add(h: Harness, fixture: PictureFixture): Promise<string> {
  return (await h.value('pictures.add', { fileName: 'p', base64: fixture.bytes.toString('base64') })).pictureId;
}

function pictureBlock(fixture: PictureFixture, caption = '图为大厅') {
  return picture(fixture.id, fixture.width, fixture.height, caption);
}

describe('collectUnusedPictures', () => {
  it('keeps a picture removed from its issue while a save point holds it; purging the issue frees it', async () => {
    const clock = manualClock();
    const h = makeHarness(clock);
    const photo = makeJpeg(80, 60);
    await add(h, photo);
    const id = await addIssue(h, {}, [paragraph('一、工作动态'), pictureBlock(photo)]);
    // Six minutes on, the next save keeps the body with the picture as an automatic save point.
    clock.advanceMinutes(6);
    await h.value('issues.saveDocument', { id, document: doc(paragraph('一、工作动态')) });
    expect((await h.value('versions.list', { issueId: id })).length).toBe(1);

    expect(collectUnusedPictures(h.db)).toBe(0);
    expect(listPictureIds(h.db)).toEqual([photo.id]);

    // In the recycle bin its save points are still there: still kept.
    await h.value('issues.delete', { id });
    expect(collectUnusedPictures(h.db)).toBe(0);
    // Deleted for good, with its save points: freed by the purge itself.
    await h.value('issues.purge', { id });
    expect(listPictureIds(h.db)).toEqual([]);
  });

  it('frees a picture no body or save point names, and keeps one a live issue uses', async () => {
    const h = makeHarness();
    const used = makePng(30, 20);
    const orphan = makeJpeg(10, 10);
    await add(h, used);
    await add(h, orphan);
    await addIssue(h, {}, [pictureBlock(used)]);
    expect(collectUnusedPictures(h.db)).toBe(1);
    expect(listPictureIds(h.db)).toEqual([used.id]);
  });

  it('restoring a save point whose picture is still stored brings the picture back', async () => {
    const clock = manualClock();
    const h = makeHarness(clock);
    const photo = makePng(40, 40);
    await add(h, photo);
    const id = await addIssue(h, {}, [pictureBlock(photo, '图为窗口')]);
    clock.advanceMinutes(6);
    await h.value('issues.saveDocument', { id, document: doc(paragraph('删掉图片之后')) });
    collectUnusedPictures(h.db);
    const [point] = await h.value('versions.list', { issueId: id });
    await h.value('versions.restore', { savePointId: point!.id });
    expect((await h.value('issues.get', { id })).document.blocks).toEqual([pictureBlock(photo, '图为窗口')]);
    const back = await h.value('pictures.get', { pictureId: photo.id });
    expect(Buffer.from(back.base64, 'base64').equals(photo.bytes)).toBe(true);
  });

  it('purging one issue keeps a picture another issue uses, and a picture added but not saved yet', async () => {
    const h = makeHarness();
    const shared = makeJpeg(20, 20);
    const unsaved = makePng(12, 12);
    await add(h, shared);
    const first = await addIssue(h, { number: 12 }, [pictureBlock(shared)]);
    await addIssue(h, { number: 13 }, [pictureBlock(shared)]);
    // Inserted in an open editor, not yet saved: no stored body names it.
    await add(h, unsaved);
    await h.value('issues.delete', { id: first });
    await h.value('issues.purge', { id: first });
    expect(listPictureIds(h.db).sort()).toEqual([shared.id, unsaved.id].sort());
  });

  it('finds a picture named anywhere in a body, not only at the top level', async () => {
    const h = makeHarness();
    const photo = makePng(8, 8);
    await add(h, photo);
    const id = await addIssue(h, {}, [pictureBlock(photo)]);
    // A body stored by a later version might nest blocks: the walk is over the whole JSON tree.
    h.db
      .prepare('UPDATE issues SET document = ? WHERE id = ?')
      .run(JSON.stringify({ schemaVersion: 1, blocks: [{ type: 'group', children: [pictureBlock(photo)] }] }), id);
    expect(collectUnusedPictures(h.db)).toBe(0);
  });
});

describe('at start-up', () => {
  const runtimes: ArchiveRuntime[] = [];
  afterEach(() => {
    for (const r of runtimes.splice(0)) r.close();
  });

  it('opening the database frees the pictures nothing names', async () => {
    const file = tempDatabasePath();
    const first = openArchive(file);
    runtimes.push(first);
    const handlers = createHandlers(first.db, { host: 'web', databasePath: file, version: 'test' });
    const orphan = makeJpeg(16, 16);
    const result = await dispatch(handlers, 'pictures.add', { fileName: 'x.jpg', base64: orphan.bytes.toString('base64') });
    expect(result.ok).toBe(true);
    expect(listPictureIds(first.db)).toEqual([orphan.id]);
    first.close();
    const second = openArchive(file);
    runtimes.push(second);
    expect(listPictureIds(second.db)).toEqual([]);
  });
});
