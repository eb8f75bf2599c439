/** A dialog's focus: moves into `ref` when it opens and back to where it was when it closes. */
import { useEffect, type RefObject } from 'react';

export function useFocusReturn(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const previous = document.activeElement;
    ref.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
    // A ref object is stable, so this runs once per opening.
  }, [ref]);
}
