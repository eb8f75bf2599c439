/**
 * Killing the process in the middle of a save loop (SIGKILL, as a crash or a power cut would) leaves a
 * database that opens, passes its integrity check, and holds the last save that was reported done.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quickCheckOk } from '../../../electron/services/archive/backups';
import { openChecked } from '../../../electron/services/archive/startup';
import { blockText } from '../../../shared/document/types';
import { findIssue } from '../../../electron/services/db/issuesTable';
import { tempDatabasePath } from './harness';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const CHILD = path.join(REPO, 'test/unit/archive/fixtures/saveLoop.ts');

/** Runs the save loop until `saves` saves are reported, kills it, returns the last reported save. */
function runAndKill(databasePath: string, saves: number): Promise<{ issueId: number; lastSaved: number }> {
  return new Promise((resolve, reject) => {
    // node itself with tsx as a loader (not the tsx wrapper, whose child would survive the kill).
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, databasePath], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let issueId = 0;
    let lastSaved = 0;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'issue') issueId = Number(value);
        if (word === 'saved') lastSaved = Number(value);
      }
      if (lastSaved >= saves && !child.killed) child.kill('SIGKILL');
    });
    // 'close', not 'exit': every line the child wrote before it died has been read by then.
    child.on('close', (_code, signal) => {
      if (signal === 'SIGKILL') resolve({ issueId, lastSaved });
      else reject(new Error(`save loop ended without being killed: ${stderr}`));
    });
  });
}

describe('a process killed in the middle of saving', () => {
  it('leaves a database that opens, passes quick_check and holds the last completed save', async () => {
    const databasePath = tempDatabasePath();
    const { issueId, lastSaved } = await runAndKill(databasePath, 15);
    expect(lastSaved).toBeGreaterThanOrEqual(15);

    const checked = openChecked(databasePath);
    if (!('db' in checked)) throw new Error(checked.problem);
    try {
      expect(quickCheckOk(checked.db)).toBe(true);
      const issue = findIssue(checked.db, issueId)!;
      const counter = Number(/^第(\d+)次保存$/.exec(blockText(issue.document.blocks[0]!))![1]);
      // The reported save is there; at most the one after it (committed, not yet reported) went further.
      expect(counter === lastSaved || counter === lastSaved + 1).toBe(true);
    } finally {
      checked.db.close();
    }
  }, 60_000);
});
