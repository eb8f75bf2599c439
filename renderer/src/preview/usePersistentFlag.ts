/** A yes/no choice remembered across issues and restarts (localStorage), e.g. whether the preview is shown. */
import { useCallback, useState } from 'react';

function read(key: string, fallback: boolean): boolean {
  try {
    const value = localStorage.getItem(key);
    return value === null ? fallback : value === '1';
  } catch {
    return fallback;
  }
}

export function usePersistentFlag(key: string, fallback: boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => read(key, fallback));
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        localStorage.setItem(key, next ? '1' : '0');
      } catch {
        // Storage refused (private mode, quota): the choice lasts for this window only.
      }
    },
    [key],
  );
  return [value, set];
}
