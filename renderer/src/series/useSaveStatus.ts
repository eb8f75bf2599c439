/**
 * The state every form of the 简报系列 workbench shows around its 保存: busy while the call runs, the
 * refusal as it came (the form keeps what was typed), or 已保存 until the next edit.
 */
import { useState } from 'react';
import type { Result } from '../../../shared/contract/result';
import type { SaveState } from '../common/SaveStatus';
import { refusalMessages } from '../settings/layoutForm';

export function useSaveStatus() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  /** Runs one save; `onSaved` gets the answer when it went through. */
  const run = async <T>(call: () => Promise<Result<T>>, onSaved: (value: T) => void): Promise<void> => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      setError(refusalMessages(result.error.message).join('；'));
      setSaved(false);
      return;
    }
    setError(null);
    setSaved(true);
    onSaved(result.value);
  };

  // The one status pattern (common/SaveStatus): the reason itself stands in the form's alert above.
  const state: SaveState = busy
    ? { kind: 'saving' }
    : error !== null
      ? { kind: 'failed', reason: '见上方说明' }
      : saved
        ? { kind: 'saved', detail: '' }
        : { kind: 'idle' };

  return { busy, error, saved, state, setError, setSaved, run };
}
