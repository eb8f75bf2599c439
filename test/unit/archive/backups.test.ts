import { existsSync, readdirSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import {
  backupsFolder,
  BACKUPS_KEPT_PER_KIND,
  createBackup,
  dailyBackupDue,
  listBackups,
  parseBackupName,
} from '../../../electron/services/archive/backups';
import type { ArchiveRuntime } from '../../../electron/services/archive/runtime';
import { openArchive, resolveDamagedStart, runDailyBackupIfDue } from '../../../electron/services/archive/startup';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import { doc, meta, paragraph, tempDatabasePath } from './harness';
import { sha256 } from '../services/helpers';

const runtimes: ArchiveRuntime[] = [];
afterEach(() => {
  for (const r of runtimes.splice(0)) r.close();
});

function start(file: string, now = () => new Date().toISOString()) {
  const runtime = openArchive(file, { now });
  runtimes.push(runtime);
  const handlers = createHandlers(runtime.db, { host: 'web', databasePath: file, version: 'test', now });
  async function value<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as ChannelOutput<K>;
  }
  const call = <K extends ChannelName>(channel: K, input: ChannelInput<K>) => dispatch(handlers, channel, input);
  return { runtime, value, call };
}

async function issueWith(app: ReturnType<typeof start>, text: string, number = 1): Promise<number> {
  // Numbers past week 40 fall into the next year's calendar: the dates are not what these tests check.
  const issue = await app.value('issues.create', { seriesId: 1, meta: meta({ number }), confirm: ['yearDiffersFromDate'] });
  await app.value('issues.saveDocument', { id: issue.id, document: doc(paragraph(text)) });
  return issue.id;
}

/** Overwrites pages in the middle of the file with garbage, as a failing disk would. */
function damage(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc(Math.min(8192, size - 8192), 0xa5);
    writeSync(fd, garbage, 0, garbage.length, Math.floor(size / 2 / 4096) * 4096);
  } finally {
    closeSync(fd);
  }
}

describe('backups', () => {
  it('names backups by kind and instant and reads the names back', () => {
    const name = 'briefdesk-manual-20261121T160411123Z.db';
    expect(parseBackupName(name)).toEqual({ kind: 'manual', createdAt: '2026-11-21T16:04:11.123Z' });
    expect(parseBackupName('briefdesk-other-20261121T160411123Z.db')).toBeNull();
    expect(parseBackupName('notes.txt')).toBeNull();
  });

  it('backs up online into backups/ beside the database and lists it with size', async () => {
    const file = tempDatabasePath();
    const app = start(file);
    await issueWith(app, '备份前的正文');
    const made = await app.value('backups.create', {});
    const list = await app.value('backups.list', {});
    expect(list.folder).toBe(path.join(path.dirname(file), 'backups'));
    expect(list.backups).toEqual([made]);
    expect(made.kind).toBe('manual');
    expect(made.sizeBytes).toBe(statSync(path.join(list.folder, made.name)).size);
    // Self-contained: no -wal/-shm or partial files beside it.
    expect(readdirSync(list.folder)).toEqual([made.name]);
  });

  it('keeps the newest 14 of a kind', async () => {
    const file = tempDatabasePath();
    const app = start(file);
    let t = Date.parse('2024-01-01T00:00:00Z');
    for (let i = 0; i < BACKUPS_KEPT_PER_KIND + 3; i++) {
      await createBackup(app.runtime.db, file, 'auto', new Date((t += 86_400_000)).toISOString());
    }
    await createBackup(app.runtime.db, file, 'manual', new Date(t).toISOString());
    const backups = listBackups(file);
    expect(backups.filter((b) => b.kind === 'auto')).toHaveLength(BACKUPS_KEPT_PER_KIND);
    expect(backups.filter((b) => b.kind === 'manual')).toHaveLength(1);
    expect(backups.at(-1)!.createdAt).toBe('2024-01-05T00:00:00.000Z'); // the oldest three are gone
  });

  it('makes the daily backup once per 24 hours', async () => {
    const file = tempDatabasePath();
    const app = start(file);
    expect(dailyBackupDue(file, '2024-03-01T08:00:00Z')).toBe(true);
    expect(await runDailyBackupIfDue(app.runtime, '2024-03-01T08:00:00Z')).not.toBeNull();
    expect(await runDailyBackupIfDue(app.runtime, '2024-03-02T07:59:00Z')).toBeNull();
    expect(await runDailyBackupIfDue(app.runtime, '2024-03-02T08:00:00Z')).not.toBeNull();
    expect(listBackups(file).filter((b) => b.kind === 'auto')).toHaveLength(2);
  });

  it('restores a backup after backing up the current state, and handlers see the restored data', async () => {
    const file = tempDatabasePath();
    const app = start(file);
    const id = await issueWith(app, '备份时的正文');
    const backup = await app.value('backups.create', {});
    await app.value('issues.saveDocument', { id, document: doc(paragraph('备份之后的改动')) });

    const safety = await app.value('backups.restore', { name: backup.name });
    expect(safety.kind).toBe('before-restore');
    expect((await app.value('issues.get', { id })).document.blocks).toEqual([paragraph('备份时的正文')]);
    // Writes go on in the restored file, and survive a restart.
    await app.value('issues.saveDocument', { id, document: doc(paragraph('恢复后继续写')) });
    app.runtime.close();
    const again = start(file);
    expect((await again.value('issues.get', { id })).document.blocks).toEqual([paragraph('恢复后继续写')]);
    // The state before the restore is a backup of its own: restoring it brings the later edit back.
    await again.value('backups.restore', { name: safety.name });
    expect((await again.value('issues.get', { id })).document.blocks).toEqual([paragraph('备份之后的改动')]);
  });

  it('refuses a damaged backup and leaves the database as it was', async () => {
    const file = tempDatabasePath();
    const app = start(file);
    const id = await issueWith(app, '现在的正文');
    const backup = await app.value('backups.create', {});
    writeFileSync(path.join(backupsFolder(file), backup.name), 'not a database');
    const refused = await app.call('backups.restore', { name: backup.name });
    expect(refused.ok).toBe(false);
    expect((await app.value('issues.get', { id })).document.blocks).toEqual([paragraph('现在的正文')]);
  });

  it('detects a damaged database at start, offers the newest good backup, keeps the damaged file and brings the data back', async () => {
    const file = tempDatabasePath();
    const app = start(file);
    const ids: number[] = [];
    for (let i = 0; i < 60; i++) ids.push(await issueWith(app, `第${i}期正文：${'综窗改革攻坚行动'.repeat(200)}`, i + 1));
    const backup = await app.value('backups.create', {});
    app.runtime.close();
    damage(file);

    const damaged = start(file, () => '2024-05-06T07:08:09.010Z');
    const state = await damaged.value('archive.startupState', {});
    expect(state).toMatchObject({ kind: 'damaged', databasePath: file, offer: { name: backup.name } });
    // Nothing is served from the damaged file meanwhile.
    expect(await damaged.value('issues.list', { seriesId: 1 })).toEqual([]);

    const recovered = await damaged.value('archive.recover', { name: backup.name });
    expect(recovered.damagedCopy).toBe(`${file}.damaged-20240506T070809010Z`);
    expect(existsSync(recovered.damagedCopy)).toBe(true);
    expect(await damaged.value('archive.startupState', {})).toEqual({ kind: 'ok' });
    expect((await damaged.value('issues.list', { seriesId: 1 })).map((s) => s.id).sort((a, b) => a - b)).toEqual(ids);
    expect((await damaged.value('issues.get', { id: ids[59]! })).document.blocks[0]).toMatchObject({
      children: [{ text: expect.stringContaining('第59期正文') }],
    });
  });

  it('reports a damaged database without a backup as an open error, and changes nothing', async () => {
    const file = tempDatabasePath();
    const app = start(file);
    for (let i = 0; i < 60; i++) await issueWith(app, '正文'.repeat(2000), i + 1);
    app.runtime.close();
    damage(file);
    const before = sha256(file);
    expect(() => openArchive(file)).toThrow(/已损坏/);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['briefdesk.sqlite']);
  });

  it('Electron start: the dialog offers the backup; declining quits and changes nothing, accepting restores', async () => {
    const file = tempDatabasePath();
    const app = start(file);
    for (let i = 0; i < 60; i++) await issueWith(app, '正文'.repeat(2000), i + 1);
    const backup = await app.value('backups.create', {});
    app.runtime.close();
    damage(file);
    const before = sha256(file);

    const asked: string[] = [];
    const declined = start(file);
    expect(await resolveDamagedStart(declined.runtime, { confirmRestore: (m) => (asked.push(m), false), explain: () => undefined })).toBe(
      false,
    );
    expect(asked[0]).toContain(backup.name);
    expect(sha256(file)).toBe(before);

    declined.runtime.close();
    const accepted = start(file);
    expect(await resolveDamagedStart(accepted.runtime, { confirmRestore: () => true, explain: () => undefined })).toBe(true);
    expect((await accepted.value('issues.list', { seriesId: 1 })).length).toBe(60);
  });
});
