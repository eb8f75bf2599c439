/**
 * Ctrl+S and the toolbar's 保存 are explicit saves: after the editor's own flush, the stored state
 * becomes a save point in the version history. The editor keeps its save logic; this only listens.
 */
import { useEffect, type RefObject } from 'react';
import isHotkey from 'is-hotkey';
import { useApi } from '../api/ApiContext';

const isSaveKey = isHotkey('mod+s');
/** The toolbar's save button (renderer/src/editor/Toolbar.tsx labels it 保存). */
const SAVE_BUTTON = 'button[aria-label="保存"]';

export function useExplicitSavePoints(issueId: number, flush: () => Promise<boolean>, root: RefObject<HTMLElement | null>): void {
  const api = useApi();
  useEffect(() => {
    const mark = async () => {
      if (await flush()) await api['versions.savePoint']({ issueId, reason: 'explicit' });
    };
    const onKey = (event: KeyboardEvent) => {
      if (isSaveKey(event)) void mark();
    };
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest(SAVE_BUTTON)) void mark();
    };
    const element = root.current;
    window.addEventListener('keydown', onKey);
    element?.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      element?.removeEventListener('click', onClick);
    };
  }, [api, issueId, flush, root]);
}
