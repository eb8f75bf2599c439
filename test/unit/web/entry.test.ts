/** `tsx electron/web/server.ts` as `npm run web` starts it: the address on stdout, a clean stop. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTTP_TOKEN_HEADER } from '../../../shared/contract/api';
import { spawnTsx } from '../cli/spawnTsx';
import { tempDatabasePath, tempFolder } from '../services/helpers';
import { rawRequest } from './request';

// Each run starts tsx (≈2 s here); generous so a slow machine does not fail for time alone.
describe('the browser-mode entry point', { timeout: 60_000 }, () => {
  it('prints its address and database, serves the API, and closes the database on SIGTERM', async () => {
    const db = tempDatabasePath();
    const staticDir = path.join(tempFolder(), 'renderer');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head><body></body></html>');
    const child = spawnTsx('electron/web/server.ts', ['--db', db, '--port', '0', '--static', staticDir]);
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (c: Buffer) => {
        stdout += c.toString('utf8');
        const match = /简报台浏览器模式已启动：(http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(stdout);
        if (match && stdout.includes('数据库：')) resolve(match[1]!);
      });
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    expect(stdout.split('\n').filter((line) => line.includes('http://'))).toHaveLength(1);
    expect(stdout).toContain(`数据库：${db}\n`);

    const page = await rawRequest(url, { path: '/' });
    expect(page.status).toBe(200);
    const token = /name="briefdesk-token" content="([0-9a-f]+)"/.exec(page.body)?.[1];
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const info = await rawRequest(url, {
      method: 'POST',
      path: '/api/app.info',
      headers: { [HTTP_TOKEN_HEADER]: token! },
      body: '{}',
    });
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { host: 'web', databasePath: db } });
    const unauthorized = await rawRequest(url, { method: 'POST', path: '/api/app.info', body: '{}' });
    expect(unauthorized.status).toBe(401);

    expect(existsSync(`${db}-wal`)).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // SQLite removes the write-ahead log when the last connection closes cleanly.
    expect(existsSync(`${db}-wal`)).toBe(false);
  });

  it('exits with a Chinese message when the database cannot be opened', async () => {
    const db = tempDatabasePath();
    writeFileSync(db, 'not a database, just text that is long enough');
    const child = spawnTsx('electron/web/server.ts', ['--db', db, '--port', '0']);
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(stderr).toContain('无法启动');
    expect(stderr).toContain('不是简报台的数据库');
  });
});
