/**
 * The one save status every form that saves shows beside its 保存 button: 正在保存… while the call runs,
 * 已保存 (with what was saved, e.g. 5 条) when it went through, 保存失败：<reason> when it did not. It
 * stays until the next save, so the clerk can look away and still see how the last one went.
 */
import { useCallback, useMemo, useState } from 'react';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; detail: string } | { kind: 'failed'; reason: string };

export function useSaveStatus() {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const saving = useCallback(() => setState({ kind: 'saving' }), []);
  const saved = useCallback((detail = '') => setState({ kind: 'saved', detail }), []);
  const failed = useCallback((reason: string) => setState({ kind: 'failed', reason }), []);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return useMemo(() => ({ state, saving, saved, failed, reset }), [state, saving, saved, failed, reset]);
}

export function saveStatusText(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'saving':
      return '正在保存…';
    case 'saved':
      return state.detail ? `已保存（${state.detail}）` : '已保存';
    case 'failed':
      return `保存失败：${state.reason}`;
  }
}

export function SaveStatus({ state, testId }: { state: SaveState; testId?: string }) {
  return (
    <span
      className={`bd-save-status bd-save-status-${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid={testId ?? 'save-status'}
      data-state={state.kind}
    >
      {saveStatusText(state)}
    </span>
  );
}
