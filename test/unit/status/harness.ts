/** Set-up of the finalizing tests: a harness with a clock the test moves, and an issue with a body. */
import type { BlockElement } from '../../../shared/document/types';
import { paragraph } from '../../../shared/document/types';
import { DEFAULT_SERIES_ID, harness, meta, type Harness } from '../services/helpers';

export interface StatusHarness {
  h: Harness;
  issueId: number;
  /** Sets the clock the handlers read (ISO timestamp). */
  setNow: (iso: string) => void;
  saveBody: (...texts: string[]) => Promise<void>;
}

export const document = (blocks: BlockElement[]) => ({ schemaVersion: 2 as const, blocks });

export async function statusHarness(): Promise<StatusHarness> {
  let now = '2024-03-29T08:00:00.000Z';
  const h = harness({ now: () => now, today: () => now.slice(0, 10) });
  const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
  const saveBody = async (...texts: string[]) => {
    await h.value('issues.saveDocument', { id: issue.id, document: document(texts.map((t) => paragraph(t))) });
  };
  return { h, issueId: issue.id, setNow: (iso) => (now = iso), saveBody };
}
