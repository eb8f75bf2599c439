/**
 * The autosaver for one open issue: state for the status line, `change` for the editor's onChange,
 * `flush` for Ctrl+S and for switching issues. Pending changes are sent at once when the page goes
 * away (pagehide/beforeunload) and when the editor unmounts.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Result } from '../../../shared/contract/result';
import { beginUnload } from '../api/client';
import { createAutosaver, type Autosaver, type SaveState } from './autosave';

export interface AutosaveHandle {
  state: SaveState;
  change: () => void;
  flush: () => Promise<boolean>;
}

export function useAutosave(save: () => Promise<Result<unknown>>, delayMs?: number): AutosaveHandle {
  // One autosaver per mounted editor; it always calls the newest `save`, which reads the newest document.
  const [saver] = useState<Autosaver>(() => createAutosaver({ save, ...(delayMs === undefined ? {} : { delayMs }) }));
  useEffect(() => {
    saver.setSave(save);
  }, [saver, save]);
  const state = useSyncExternalStore(saver.subscribe, saver.getState);

  useEffect(() => {
    const leave = () => {
      beginUnload();
      void saver.flush();
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener('beforeunload', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeunload', leave);
      // The view is going (another issue, or the app closes): whatever is pending goes out now.
      void saver.flush();
    };
  }, [saver]);

  return { state, change: saver.change, flush: saver.flush };
}
