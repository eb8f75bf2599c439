/**
 * The BriefDeskApi for component tests, backed by main's real handlers: every call goes through
 * `dispatch` (input validated by the contract's schema) into `createHandlers` over a fresh, migrated
 * SQLite database in memory, with today and now pinned. So a test proves the UI against main's own
 * rules, not against a copy of them that can drift.
 *
 * Every channel is a vi.fn that calls through, so a test can still check what the UI sent
 * (`toHaveBeenCalledWith`) or replace one answer where it needs a refusal or a slow reply
 * (`mockImplementationOnce`, or `hold`). Seeding goes through the same channels (`value`), past the
 * spies, so it does not count as something the UI did.
 *
 * What the tests still answer themselves is what main cannot do here or cannot be made to do: the
 * print HTML (jsdom lays nothing out, so it cannot measure), the PDF (Chromium: pass a PdfRenderer
 * in `info.pdf`), a 合订本 job's progress, backups and the damaged-database gate (files the host
 * handles), and failures such as a full disk or a busy database.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, vi, type Mock } from 'vitest';
import type { BriefDeskApi } from '../../shared/contract/api';
import { CHANNEL_NAMES, type ChannelInput, type ChannelName, type ChannelOutput } from '../../shared/contract/channels';
import type { AppErrorData, Result } from '../../shared/contract/result';
import { openDatabase, type Db } from '../../electron/services/db/connection';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers, type HostInfo } from '../../electron/services/handlers';

export type SpiedApi = { [K in ChannelName]: Mock<BriefDeskApi[K]> };

export interface RealApi {
  /** What the UI is given (ApiProvider): every channel a spy that calls the real handler. */
  api: SpiedApi;
  db: Db;
  today: string;
  /** Calls a channel past the spies, as the renderer would (the input goes through JSON). */
  call<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>>;
  /** Calls a channel that must succeed (for seeding) and returns its value. */
  value<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  /** Makes the next call of `channel` wait until the returned function is called, then answer for real. */
  hold<K extends ChannelName>(channel: K): { release(): void; started: Promise<void> };
  /** Makes the next call of `channel` answer this refusal (nothing reaches main). */
  refuseOnce<K extends ChannelName>(channel: K, code: AppErrorData['code'], message: string): void;
}

const databases: Db[] = [];
const inFlight = new Set<Promise<unknown>>();

// Unmounting flushes what the editor still holds (a last save): the tree goes first, then what it
// sent is answered, and only then the database closes, so no call meets a closed connection.
afterEach(async () => {
  cleanup();
  await Promise.allSettled([...inFlight]);
  for (const db of databases.splice(0)) if (db.open) db.close();
});

/**
 * The instant the pinned clock starts at: noon UTC of `today`, which is still `today` wherever the
 * tests run. Each reading moves it on by one second, so rows written one after another keep their
 * order without a real clock.
 */
function clock(today: string): () => string {
  const start = Date.parse(`${today}T12:00:00.000Z`);
  let ticks = 0;
  return () => new Date(start + 1000 * ticks++).toISOString();
}

/** What crosses the bridge is data: JSON on the way in and out, as the browser-mode host sends it. */
const overTheWire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export interface RealApiOptions {
  /** Today as YYYY-MM-DD (default 2024-07-04, a Thursday). */
  today?: string;
  /** Host facts and capabilities beyond the defaults (e.g. a `pdf` renderer stand-in). */
  info?: Partial<HostInfo>;
}

export function realApi(options: RealApiOptions = {}): RealApi {
  const today = options.today ?? '2024-07-04';
  const db = openDatabase(':memory:');
  databases.push(db);
  const handlers = createHandlers(db, {
    host: 'web',
    databasePath: ':memory:',
    version: '0.0.0-test',
    today: () => today,
    now: clock(today),
    ...options.info,
  });
  const call = async <K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>> => {
    // A timer that fires after the test (a debounced save) finds the database gone: it is told so.
    if (!db.open) return { ok: false, error: { code: 'INTERNAL', message: '测试已结束，数据库已关闭。' } };
    const answer = dispatch(handlers, channel, overTheWire(input));
    inFlight.add(answer);
    try {
      return overTheWire((await answer) as Result<ChannelOutput<K>>);
    } finally {
      inFlight.delete(answer);
    }
  };
  const spies: Partial<Record<ChannelName, Mock>> = {};
  for (const name of CHANNEL_NAMES) spies[name] = vi.fn((input: never) => call(name, input));
  // Every channel was filled from CHANNEL_NAMES above, each calling its own channel.
  const api = spies as SpiedApi;
  return {
    api,
    db,
    today,
    call,
    async value(channel, input) {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    hold(channel) {
      let release!: () => void;
      let started!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const startedPromise = new Promise<void>((resolve) => (started = resolve));
      (api[channel] as Mock).mockImplementationOnce(async (input: never) => {
        started();
        await gate;
        return call(channel, input);
      });
      return { release, started: startedPromise };
    },
    refuseOnce(channel, code, message) {
      (api[channel] as Mock).mockImplementationOnce(async () => ({ ok: false, error: { code, message } }));
    },
  };
}
