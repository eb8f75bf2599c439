/** Set-up for the archive tests: a handler harness on a temporary database, and issues with text. */
import type { ChannelInput } from '../../../shared/contract/channels';
import { DATE_QUESTION_CODES } from '../../../shared/issues/dateQuestions';
import { DOCUMENT_SCHEMA_VERSION, numbered, paragraph, type BlockElement, type BriefDocument } from '../../../shared/document/types';
import { harness, meta, type Harness } from '../services/helpers';

export { harness, meta, tempDatabasePath, tempFolder, type Harness } from '../services/helpers';

export function doc(...blocks: BlockElement[]): BriefDocument {
  return { schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks };
}

export { numbered, paragraph };

/** Creates an issue and saves its body; returns its id. */
export async function addIssue(
  h: Harness,
  overrides: Partial<ChannelInput<'issues.create'>['meta']>,
  blocks: BlockElement[],
  seriesId = 1,
): Promise<number> {
  // Archive fixtures date issues freely (search is what they test): every date question is confirmed.
  const issue = await h.value('issues.create', { seriesId, meta: meta(overrides), confirm: [...DATE_QUESTION_CODES] });
  await h.value('issues.saveDocument', { id: issue.id, document: doc(...blocks) });
  return issue.id;
}

/** A clock the test moves by hand. */
export function manualClock(start = '2024-03-29T08:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t).toISOString(),
    advanceMinutes(minutes: number) {
      t += minutes * 60_000;
    },
  };
}

export function makeHarness(clock?: { now: () => string }): Harness {
  return harness(clock ? { now: clock.now } : {});
}
