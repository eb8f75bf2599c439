/**
 * Bringing the search index up to date as a heavy task: after an import or another process's writes
 * many issues (or one of 20 MB) may wait to be indexed, which would hold the host's event loop for
 * seconds. Progress is reported per issue; a cancelled run (the worker terminated) rolls back whole,
 * so the issues stay marked stale and the next search indexes them.
 */
import type { Db } from '../db/connection';
import { refreshStaleIssues } from '../db/searchIndexTable';
import type { HeavyTaskContext } from '../heavy/tasks';

export function reindexTask(db: Db, _input: Record<string, never>, context?: HeavyTaskContext): { indexed: number } {
  // Throttled: a message per issue would cost more than indexing a short one.
  let last = 0;
  const indexed = refreshStaleIssues(db, (done, total) => {
    const now = Date.now();
    if (done === total || now - last >= 50) {
      last = now;
      context?.onProgress({ done, total });
    }
  });
  return { indexed };
}
