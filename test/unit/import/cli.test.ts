/** `cli import`: --json prints exactly the hand-checked structure; --save stores and prints the id; refusals. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { openDatabase } from '../../../electron/services/db/connection';
import { findIssue } from '../../../electron/services/db/issuesTable';
import { blockLines, type BlockElement } from '../../../shared/document/types';
import { weekly2024n22 } from '../../fixtures/issues';
import { runTsx } from '../cli/spawnTsx';
import { tempFolder } from '../services/helpers';
import { fixtureDocx, SAMPLES_DIR } from './files';

const EXPECTED = path.join(__dirname, '../../fixtures/import');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function newDatabase(): string {
  const file = path.join(tempFolder(), 'briefdesk.sqlite');
  openDatabase(file).close();
  return file;
}

describe('import --json', () => {
  it('prints exactly the expected fields, as a child process like `npm run cli`', async () => {
    const result = await runTsx('electron/cli/main.ts', [
      'import',
      path.join(SAMPLES_DIR, 'weekly-2022-28.txt'),
      '--json',
      '--db',
      path.join(tempFolder(), 'none.sqlite'),
    ]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual([
      'seriesTitle',
      'year',
      'number',
      'totalNumber',
      'issuer',
      'issueDate',
      'period',
      'sections',
      'distribution',
      'copies',
      'warnings',
    ]);
    expect(printed).toEqual(JSON.parse(readFileSync(path.join(EXPECTED, 'weekly-2022-28.json'), 'utf8')));
  }, 30_000);

  it('does not create a database that is not there', async () => {
    const missing = path.join(tempFolder(), 'none.sqlite');
    expect((await cli('import', path.join(SAMPLES_DIR, 'weekly-2024-03-29.txt'), '--json', '--db', missing)).code).toBe(0);
    expect(() => readFileSync(missing)).toThrow();
  });
});

describe('import --save', () => {
  it('stores the issue, prints its id, and refuses the same number again unless --replace', async () => {
    const db = newDatabase();
    const sample = path.join(SAMPLES_DIR, 'weekly-2022-28.txt');
    const first = await cli('import', sample, '--save', '--db', db);
    expect(first.code).toBe(0);
    const id = Number(/简报编号 (\d+)/.exec(first.out)?.[1]);
    const stored = openDatabase(db);
    expect(findIssue(stored, id)).toMatchObject({ year: 2022, number: 28, totalNumber: 403, deletedAt: null });
    stored.close();

    const again = await cli('import', sample, '--save', '--db', db);
    expect(again.code).toBe(1);
    expect(again.err).toContain('已存在');
    expect(again.err).toContain('--replace');

    const replaced = await cli('import', sample, '--save', '--replace', '--json', '--db', db);
    expect(replaced.code).toBe(0);
    expect(JSON.parse(replaced.out)).toMatchObject({ replacedIssueId: id, seriesCreated: false });
  });

  it('asks for the number a sample lost, and takes it with --number/--total', async () => {
    const db = newDatabase();
    const sample = path.join(SAMPLES_DIR, 'weekly-2024-07-04.txt');
    const refused = await cli('import', sample, '--save', '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--number');
    const saved = await cli('import', sample, '--save', '--number', '22', '--total', '475', '--json', '--db', db);
    expect(saved.code).toBe(0);
    const { issueId } = JSON.parse(saved.out) as { issueId: number };
    const stored = openDatabase(db);
    const issue = findIssue(stored, issueId)!;
    stored.close();
    expect(issue).toMatchObject({ year: 2024, number: 22, totalNumber: 475, issueDate: '2024-07-04' });
    // The text as printed; its statistics sentence is now a statistics block with figures (issue 10.2).
    const printed = (blocks: readonly BlockElement[]) =>
      blocks.flatMap((b) => (b.type === 'statistics' ? b.lines : blockLines(b))).join('');
    expect(printed(issue.document.blocks)).toBe(printed(weekly2024n22.document.blocks));
    expect(issue.document.blocks.filter((b) => b.type === 'statistics')).toHaveLength(1);
  });

  it('imports a DOCX', async () => {
    const db = newDatabase();
    const file = path.join(tempFolder(), '第22期.docx');
    writeFileSync(file, await fixtureDocx(weekly2024n22));
    const saved = await cli('import', file, '--save', '--json', '--db', db);
    expect(saved.code).toBe(0);
  });

  it('refuses bad files with a clear message and stores nothing', async () => {
    const db = newDatabase();
    const folder = tempFolder();
    const empty = path.join(folder, '空.txt');
    writeFileSync(empty, '');
    const big = path.join(folder, '大.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x41));
    expect((await cli('import', empty, '--save', '--db', db)).err).toContain('空文件');
    expect((await cli('import', big, '--save', '--db', db)).err).toContain('文件太大（50.0 MB）');
    const stored = openDatabase(db);
    expect(stored.prepare('SELECT count(*) FROM issues').pluck().get()).toBe(0);
    stored.close();
  });
});
