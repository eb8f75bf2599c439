/**
 * `npm run test:electron` on a machine without the Electron binary (ours): it never downloads one, says so
 * in one line and exits 0, or 1 with --require. The lookup reads electron's own path.txt and dist/.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectron } from '../../electron/findElectron';
import { runTsx } from '../cli/spawnTsx';

function fakeRepo(): string {
  return mkdtempSync(path.join(tmpdir(), 'briefdesk-electron-lookup-'));
}

describe('findElectron', () => {
  it('finds nothing when electron was installed without its binary (no path.txt)', () => {
    const root = fakeRepo();
    mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
    expect(findElectron(root, {}).executablePath).toBeNull();
  });

  it('finds nothing when path.txt names a binary that is not in dist/', () => {
    const root = fakeRepo();
    mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    const found = findElectron(root, {});
    expect(found.executablePath).toBeNull();
    expect(found.looked).toBe(path.join(root, 'node_modules', 'electron', 'dist', 'electron'));
  });

  it('finds the binary that path.txt names, and one given by BRIEFDESK_ELECTRON', () => {
    const root = fakeRepo();
    mkdirSync(path.join(root, 'node_modules', 'electron', 'dist'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    writeFileSync(path.join(root, 'node_modules', 'electron', 'dist', 'electron'), '');
    expect(findElectron(root, {}).executablePath).toBe(path.join(root, 'node_modules', 'electron', 'dist', 'electron'));
    const elsewhere = path.join(root, 'my-electron');
    writeFileSync(elsewhere, '');
    expect(findElectron(root, { BRIEFDESK_ELECTRON: elsewhere }).executablePath).toBe(elsewhere);
  });
});

describe('npm run test:electron without a binary', () => {
  const missing = { BRIEFDESK_ELECTRON: path.join(tmpdir(), 'no-such-electron-binary') };

  it('prints one line and exits 0', async () => {
    const result = await runTsx('test/electron/smoke.ts', [], missing);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toContain('未找到 Electron 可执行文件');
  }, 60_000);

  it('exits 1 with --require', async () => {
    const result = await runTsx('test/electron/smoke.ts', ['--require'], missing);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('--require');
  }, 60_000);
});
