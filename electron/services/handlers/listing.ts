/**
 * The channels that list and show issues, on their own: what the command line's `list` and `show`
 * need, without the export, import and roster modules (docx, exceljs, pinyin-pro) the full table
 * loads — so those commands start at once. Same handlers as createHandlers, same dispatch.
 */
import type { Handlers } from '../../../shared/contract/api';
import type { Db } from '../db/connection';
import { handlerContext, type HostInfo } from './context';
import { issueReadHandlers } from './issueReads';
import { seriesHandlers } from './series';

export type ListingHandlers = ReturnType<typeof seriesHandlers> & ReturnType<typeof issueReadHandlers>;

export function listingHandlers(db: Db, info: HostInfo): ListingHandlers {
  const ctx = handlerContext(db, info);
  return { ...seriesHandlers(ctx), ...issueReadHandlers(ctx) } satisfies Partial<Handlers>;
}
