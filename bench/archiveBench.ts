/**
 * Search at 1,000 issues (≈10 M characters): the archive is generated straight into a temporary
 * database (bench/archiveFixture.ts: realistic Chinese phrases, 100 blocks per issue), indexed once, then 2- and 4-character
 * queries — frequent, rare and absent — are timed through searchArchive (index freshness check,
 * query, snippets), as the archive.search channel runs them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { searchArchive } from '../electron/services/archive/search';
import { openDatabase } from '../electron/services/db/connection';
import { refreshStaleIssues } from '../electron/services/db/searchIndexTable';
import { fillArchive } from './archiveFixture';
import { percentile } from './fixtures';

const ISSUES = 1000;
const RUNS = 40;

function time(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

export async function runArchiveBench(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'briefdesk-archive-bench-'));
  try {
    const db = openDatabase(path.join(folder, 'bench.sqlite'));
    const chars = fillArchive(db, ISSUES);
    const indexMs = time(() => refreshStaleIssues(db));

    console.log(`\n检索（${ISSUES} 期，共 ${(chars / 1e6).toFixed(1)} M 字符；首次建立索引 ${(indexMs / 1000).toFixed(1)} s）`);
    const queries: [string, string][] = [
      ['2 字，常见', '综窗'],
      ['2 字，少见', '青羊'],
      ['2 字，没有', '鲲鹏'],
      ['4 字，常见', '改革攻坚'],
      ['4 字，少见', '青羊区试'],
      ['4 字，没有', '鲲鹏展翅'],
    ];
    for (const [label, query] of queries) {
      const samples: number[] = [];
      let hits = 0;
      let truncated = false;
      for (let r = 0; r < RUNS; r++) {
        samples.push(
          time(() => {
            const answer = searchArchive(db, { query });
            hits = answer.hits.length;
            truncated = answer.truncated;
          }),
        );
      }
      console.log(
        `  ${label}“${query}”：p50 ${percentile(samples, 50).toFixed(1)} ms，p95 ${percentile(samples, 95).toFixed(1)} ms` +
          `（${hits}${truncated ? '+' : ''} 处）`,
      );
    }
    db.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
