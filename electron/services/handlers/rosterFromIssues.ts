/** 从往期补充名册 channels: the proposal read off stored issues, and storing what the clerk confirmed. */
import type { Handlers } from '../../../shared/contract/api';
import { applyFromIssues, proposeFromIssues } from '../roster/fromIssues';
import type { HandlerContext } from './context';

type Channels = 'roster.proposeFromIssues' | 'roster.applyFromIssues';

export function rosterFromIssuesHandlers(ctx: HandlerContext): Pick<Handlers, Channels> {
  const { db } = ctx;
  return {
    'roster.proposeFromIssues': () => proposeFromIssues(db),
    'roster.applyFromIssues': ({ people }) => db.transaction(() => applyFromIssues(db, people, ctx.now())).immediate(),
  };
}
