/**
 * Autosave without React: every change is stored shortly after the last one (debounced), a flush saves
 * at once, and a failed save keeps the change pending — the text stays in the editor, the error is
 * shown, and the next change or flush tries again. Saves never overlap: a change during a save is sent
 * by the save after it.
 */
import type { Result } from '../../../shared/contract/result';

export type SaveState = { kind: 'saved' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'error'; message: string };

export const AUTOSAVE_DELAY_MS = 500;

export interface Autosaver {
  /** The document changed: save it after `delayMs` without further changes. */
  change(): void;
  /** Save now whatever is pending (waiting for a save under way); true when everything is stored. */
  flush(): Promise<boolean>;
  getState(): SaveState;
  subscribe(listener: () => void): () => void;
  /** The function later saves call (a new render's closure); a save under way keeps the one it started with. */
  setSave(save: () => Promise<Result<unknown>>): void;
  /** Stops the timer; a pending change is left to a flush the caller makes first. A later change restarts it. */
  dispose(): void;
}

export interface AutosaverOptions {
  /** Stores the current document; reads it at call time, so the newest text is always the one sent. */
  save: () => Promise<Result<unknown>>;
  delayMs?: number;
}

export function createAutosaver({ save: firstSave, delayMs = AUTOSAVE_DELAY_MS }: AutosaverOptions): Autosaver {
  let save = firstSave;
  let state: SaveState = { kind: 'saved' };
  let dirty = false;
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();

  function setState(next: SaveState) {
    state = next;
    for (const listener of [...listeners]) listener();
  }

  function clearTimer() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function schedule() {
    clearTimer();
    timer = setTimeout(() => {
      timer = null;
      if (!inFlight) void start();
    }, delayMs);
  }

  function start(): Promise<boolean> {
    dirty = false;
    setState({ kind: 'saving' });
    let result: Promise<Result<unknown>>;
    try {
      result = save();
    } catch (e) {
      result = Promise.resolve({
        ok: false,
        error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) },
      });
    }
    inFlight = result.then((answer) => {
      inFlight = null;
      if (!answer.ok) {
        dirty = true;
        setState({ kind: 'error', message: answer.error.message });
        return false;
      }
      if (dirty) {
        // Typed while this save was under way: those words go in the next one.
        setState({ kind: 'dirty' });
        schedule();
      } else {
        setState({ kind: 'saved' });
      }
      return true;
    });
    return inFlight;
  }

  return {
    change() {
      dirty = true;
      if (!inFlight) setState({ kind: 'dirty' });
      schedule();
    },
    async flush() {
      clearTimer();
      // Bounded: at most the save under way plus one more, or one retry after it failed.
      for (let round = 0; round < 3; round++) {
        if (inFlight) {
          await inFlight;
          clearTimer();
          continue;
        }
        if (!dirty) return true;
        const ok = await start();
        if (!ok) return false;
      }
      return !dirty && !inFlight;
    },
    setSave(next) {
      save = next;
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      clearTimer();
    },
  };
}

/** The visible words for each state (the status line next to the toolbar). */
export function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return '已保存';
    case 'dirty':
      return '未保存';
    case 'saving':
      return '保存中…';
    case 'error':
      return `保存失败（${state.message}）`;
  }
}
