import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { addIssue, makeHarness, paragraph } from './harness';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe('archive command line', () => {
  it('searches, backs up, lists and restores through the same channels', async () => {
    const h = makeHarness();
    const id = await addIssue(h, {}, [paragraph('推进综窗改革。')]);
    h.db.close();

    const search = io();
    expect(await runCli(['search', '综窗', '--db', h.file], search.io)).toBe(0);
    expect(search.out[0]).toContain(`[${id}]`);
    expect(search.out[0]).toContain('第 1 段：推进【综窗】改革。');

    const backup = io();
    expect(await runCli(['backup', '--db', h.file], backup.io)).toBe(0);
    const name = /已备份：(\S+)（/.exec(backup.out[0]!)![1]!;

    const list = io();
    expect(await runCli(['backups', '--json', '--db', h.file], list.io)).toBe(0);
    expect(JSON.parse(list.out.join('\n')).backups.map((b: { name: string }) => b.name)).toEqual([name]);

    const restore = io();
    expect(await runCli(['restore', name, '--db', h.file], restore.io)).toBe(0);
    expect(restore.out[0]).toContain('恢复前的数据库已另存为 briefdesk-before-restore-');

    const bad = io();
    expect(await runCli(['restore', 'x.db', '--db', h.file], bad.io)).toBe(1);
    expect(bad.err[0]).toContain('备份文件名不正确');
  });
});
