/**
 * The frame every confirmation shares: a modal alertdialog titled and described by its message, focus
 * moved to `focusRef` on opening and back afterwards, Escape cancels, and Tab / Shift+Tab cycle among
 * the dialog's own controls so focus never wanders to the page behind the backdrop. The body (a note
 * field, the buttons) is the caller's.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useFocusReturn } from './useFocusReturn';

const FOCUSABLE = 'textarea:not(:disabled), input:not(:disabled), select:not(:disabled), button:not(:disabled)';

export interface AlertDialogProps {
  title: string;
  message: ReactNode;
  /** Where focus starts (取消, or the first field). */
  focusRef: RefObject<HTMLElement | null>;
  onCancel: () => void;
  testId?: string;
  children: ReactNode;
}

export function AlertDialog({ title, message, focusRef, onCancel, testId, children }: AlertDialogProps) {
  const titleId = useId();
  const messageId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useFocusReturn(focusRef);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
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

  return (
    <div className="bd-modal-backdrop">
      <div
        ref={dialogRef}
        className="bd-modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        data-testid={testId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        <p id={messageId}>{message}</p>
        {children}
      </div>
    </div>
  );
}
