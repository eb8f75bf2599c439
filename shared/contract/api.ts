/**
 * The shapes both hosts implement. `Handlers` is what main implements (a missing channel does not
 * compile); `BriefDeskApi` is what the renderer calls, over IPC or HTTP, always answered by a Result.
 */
import type { ChannelName, ChannelInput, ChannelOutput, ParsedInput } from './channels';
import type { Result } from './result';

export type Handlers = {
  [K in ChannelName]: (input: ParsedInput<K>) => ChannelOutput<K> | Promise<ChannelOutput<K>>;
};

export type BriefDeskApi = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>;
};

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'briefdesk';
/** IPC channel names are prefixed so nothing else on ipcMain can be reached through the bridge. */
export const IPC_PREFIX = 'briefdesk:';
/** Browser mode: the HTTP path prefix, and the header that carries the per-run token. */
export const HTTP_API_PREFIX = '/api/';
export const HTTP_TOKEN_HEADER = 'x-briefdesk-token';
