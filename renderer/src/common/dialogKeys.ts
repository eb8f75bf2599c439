/**
 * The keyboard of a confirmation dialog: Escape cancels, and Tab / Shift+Tab cycle among the
 * dialog's own controls, so focus never wanders to the page behind the backdrop.
 */
import type { KeyboardEvent, RefObject } from 'react';

const FOCUSABLE = 'textarea:not(:disabled), input:not(:disabled), select:not(:disabled), button:not(:disabled)';

export function dialogKeyHandler(dialogRef: RefObject<HTMLElement | null>, onCancel: () => void) {
  return (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE);
    if (!focusable || focusable.length === 0) return;
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
}
