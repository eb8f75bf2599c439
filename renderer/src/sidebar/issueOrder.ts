/** Newest first: by year, then by number within the year (then the later-created one). */
import type { IssueSummary } from '../../../shared/issues/types';

export function newestFirst<T extends Pick<IssueSummary, 'year' | 'number' | 'id'>>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) => b.year - a.year || b.number - a.number || b.id - a.id);
}
