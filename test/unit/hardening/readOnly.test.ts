/**
 * Issue 13 item 7: a database on a read-only file or folder. `cli list` (only reading) works; a
 * command that must write says in Chinese what is wrong, without SQLite's English. Tests run as root,
 * whom file modes do not stop, so the command line runs as `nobody` through setpriv there.
 */
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runTsx } from '../cli/spawnTsx';
import { addIssue, makeHarness, paragraph, tempFolder } from '../archive/harness';

const asRoot = process.getuid?.() === 0;
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) chmodSync(folder, 0o755);
});

function runCliReadOnly(args: string[]) {
  // setpriv as a wrapper around the same Node that runs the tests.
  const wrapper = asRoot ? { command: 'setpriv', prefix: ['--reuid=65534', '--regid=65534', '--clear-groups', '--'] } : null;
  return runTsx('electron/cli/main.ts', args, {}, wrapper ?? undefined);
}

async function readOnlyDatabase(): Promise<string> {
  const h = makeHarness();
  await addIssue(h, {}, [paragraph('推进综窗改革。')]);
  h.db.close();
  const parent = tempFolder();
  chmodSync(parent, 0o755);
  writeFileSync(path.join(parent, 'roster.csv'), '部门,姓名,职务,部门全称\n民政厅,游文慧,处长,四川省民政厅\n');
  const folder = path.join(parent, 'readonly');
  mkdirSync(folder);
  const file = path.join(folder, 'briefdesk.sqlite');
  copyFileSync(h.file, file);
  chmodSync(file, 0o444);
  chmodSync(folder, 0o555);
  folders.push(folder);
  return file;
}

describe.skipIf(process.platform === 'win32')('a read-only database', () => {
  it('cli list reads it', async () => {
    const file = await readOnlyDatabase();
    const result = await runCliReadOnly(['list', '--json', '--db', file]);
    expect(result.stderr.slice(0, 1000)).toBe('');
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as { issues: unknown[] }[];
    expect(list[0]!.issues).toHaveLength(1);
  }, 60_000);

  it('a command that writes is refused in Chinese, without a stack trace', async () => {
    const file = await readOnlyDatabase();
    const result = await runCliReadOnly(['roster', 'import', path.join(path.dirname(path.dirname(file)), 'roster.csv'), '--db', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^错误：.*只读/);
    expect(result.stderr).not.toMatch(/[A-Za-z]{6,}Error|readonly database|\n\s+at /);
  }, 60_000);
});
