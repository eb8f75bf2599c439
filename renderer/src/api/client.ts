/**
 * The renderer's only way to main: the contract's methods, over the Electron preload when it is there,
 * otherwise over HTTP to the browser-mode host. Every call resolves to a Result — a network failure or
 * an unreadable answer becomes a Result with a Chinese message, never an exception inside React.
 */
import { API_GLOBAL, HTTP_API_PREFIX, HTTP_TOKEN_HEADER, type BriefDeskApi } from '../../../shared/contract/api';
import { CHANNEL_NAMES, type ChannelName } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/result';

type Call = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;

/** Browsers refuse keepalive requests above 64 KiB; a larger document is sent as an ordinary request. */
const KEEPALIVE_MAX_BYTES = 60_000;
let unloading = false;

/**
 * Called when the page is going away (pagehide/beforeunload): the last saves are then sent with
 * `keepalive` so the browser finishes them after the page is gone.
 */
export function beginUnload(): void {
  unloading = true;
}

function failure(message: string): Result<never> {
  // INTERNAL is the contract's code for anything not foreseen; the message says what happened.
  return { ok: false, error: { code: 'INTERNAL', message } };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const r = value as { ok: unknown; error?: { message?: unknown } };
  if (r.ok === true) return 'value' in r;
  return r.ok === false && typeof r.error?.message === 'string';
}

function readToken(doc: Document): string {
  return doc.querySelector('meta[name="briefdesk-token"]')?.getAttribute('content') ?? '';
}

export function httpCall(fetchImpl: typeof fetch, doc: Document): Call {
  return async (channel, input) => {
    const body = JSON.stringify(input ?? {});
    let response: Response;
    try {
      response = await fetchImpl(`${HTTP_API_PREFIX}${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: readToken(doc) },
        body,
        keepalive: unloading && new Blob([body]).size <= KEEPALIVE_MAX_BYTES,
      });
    } catch (e) {
      return failure(`无法连接到简报台服务，请确认程序仍在运行。（${e instanceof Error ? e.message : String(e)}）`);
    }
    let answer: unknown;
    try {
      answer = await response.json();
    } catch {
      return failure(`简报台服务返回了无法识别的应答（HTTP ${response.status}）。`);
    }
    return isResult(answer) ? answer : failure(`简报台服务返回了无法识别的应答（HTTP ${response.status}）。`);
  };
}

type Bridge = Record<ChannelName, (input: unknown) => Promise<Result<unknown>>>;

export function bridgeCall(bridge: Bridge): Call {
  return async (channel, input) => {
    try {
      const answer: unknown = await bridge[channel](input);
      return isResult(answer) ? answer : failure('简报台返回了无法识别的应答。');
    } catch (e) {
      return failure(`与简报台主程序通信失败。（${e instanceof Error ? e.message : String(e)}）`);
    }
  };
}

/** The contract's methods, each one a call through `call`: exactly CHANNEL_NAMES, nothing more. */
export function apiFrom(call: Call): BriefDeskApi {
  const api: Partial<Record<ChannelName, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of CHANNEL_NAMES) api[name] = (input) => call(name, input);
  // Each entry was built from CHANNEL_NAMES with the channel's own name, so the shape is the contract's.
  return api as unknown as BriefDeskApi;
}

/** The API for this window: the preload's bridge in Electron, HTTP in browser mode. */
export function createApi(win: Window = window): BriefDeskApi {
  const bridge = (win as unknown as Record<string, unknown>)[API_GLOBAL];
  if (typeof bridge === 'object' && bridge !== null) return apiFrom(bridgeCall(bridge as Bridge));
  return apiFrom(httpCall(win.fetch.bind(win), win.document));
}
