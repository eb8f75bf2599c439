/** Backups carry the pictures table: a restored backup gives back the picture bytes it held. */
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import type { ArchiveRuntime } from '../../../electron/services/archive/runtime';
import { openArchive } from '../../../electron/services/archive/startup';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import { picture } from '../../../shared/document/types';
import { makeJpeg } from '../../fixtures/pictures';
import { doc, meta, paragraph, tempDatabasePath } from '../archive/harness';

const runtimes: ArchiveRuntime[] = [];
afterEach(() => {
  for (const r of runtimes.splice(0)) r.close();
});

function start(file: string) {
  const runtime = openArchive(file);
  runtimes.push(runtime);
  const handlers = createHandlers(runtime.db, { host: 'web', databasePath: file, version: 'test' });
  return async <K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as ChannelOutput<K>;
  };
}

describe('backups and pictures', () => {
  it('restores a backup with its picture, after the picture was removed and freed', async () => {
    const file = tempDatabasePath();
    const value = start(file);
    const photo = makeJpeg(120, 90);
    await value('pictures.add', { fileName: '大厅.jpg', base64: photo.bytes.toString('base64') });
    const issue = await value('issues.create', { seriesId: 1, meta: meta(), confirm: ['yearDiffersFromDate'] });
    const body = doc(paragraph('一、工作动态'), picture(photo.id, 120, 90, '图为大厅'));
    await value('issues.saveDocument', { id: issue.id, document: body });
    const backup = await value('backups.create', {});

    // Deleted for good: its picture is freed with it.
    await value('issues.delete', { id: issue.id });
    await value('issues.purge', { id: issue.id });
    await expect(value('pictures.get', { pictureId: photo.id })).rejects.toThrow('找不到这张图片');

    await value('backups.restore', { name: backup.name });
    expect((await value('issues.get', { id: issue.id })).document).toEqual(body);
    const back = await value('pictures.get', { pictureId: photo.id });
    expect(Buffer.from(back.base64, 'base64').equals(photo.bytes)).toBe(true);
  });
});
