/**
 * A modal confirmation (not window.confirm, which Electron renders outside the app's look and which
 * cannot be tested): focus starts on 取消, Escape cancels, Tab stays inside the dialog.
 */
import { useId, useRef } from 'react';
import { dialogKeyHandler } from './dialogKeys';
import { useFocusReturn } from './useFocusReturn';

export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const titleId = useId();
  const messageId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useFocusReturn(cancelRef);

  const onKeyDown = dialogKeyHandler(dialogRef, onCancel);

  return (
    <div className="bd-modal-backdrop">
      <div
        ref={dialogRef}
        className="bd-modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        <p id={messageId}>{message}</p>
        <div className="bd-modal-actions">
          <button type="button" ref={cancelRef} onClick={onCancel}>
            取消
          </button>
          <button type="button" className="bd-danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
