/**
 * 校对 channels: an issue's proofreading context and its ignored findings. The rules themselves run
 * where the document is (the renderer's panel, the CLI), from shared/proofread.
 */
import type { Handlers } from '../../../shared/contract/api';
import type { ProofreadState } from '../../../shared/contract/channels';
import type { Db } from '../db/connection';
import { deleteIgnoredKey, insertIgnoredKey, listIgnoredKeys } from '../db/proofreadIgnoresTable';
import { proofreadContextOf } from '../proofread/context';
import type { HandlerContext } from './context';
import { requireDraft, requireIssueSummary } from '../issues/require';

function stateOf(db: Db, id: number): ProofreadState {
  const issue = requireIssueSummary(db, id);
  return { issueId: id, context: proofreadContextOf(db, issue), ignored: listIgnoredKeys(db, id) };
}

type ProofreadChannels = 'proofread.state' | 'proofread.ignore' | 'proofread.unignore';

export function proofreadHandlers(ctx: HandlerContext): Pick<Handlers, ProofreadChannels> {
  const { db } = ctx;
  return {
    'proofread.state': ({ id }) => stateOf(db, id),
    'proofread.ignore': ({ id, key }) =>
      db
        .transaction(() => {
          requireDraft(db, id);
          insertIgnoredKey(db, id, key, ctx.now());
          return stateOf(db, id);
        })
        .immediate(),
    'proofread.unignore': ({ id, key }) =>
      db
        .transaction(() => {
          requireDraft(db, id);
          deleteIgnoredKey(db, id, key);
          return stateOf(db, id);
        })
        .immediate(),
  };
}
