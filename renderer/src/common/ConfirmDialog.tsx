/**
 * A modal confirmation (not window.confirm, which Electron renders outside the app's look and which
 * cannot be tested): focus starts on 取消, Escape cancels, Tab stays inside the dialog.
 */
import { useRef } from 'react';
import { AlertDialog } from './AlertDialog';

export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <AlertDialog title={title} message={message} focusRef={cancelRef} onCancel={onCancel}>
      <div className="bd-modal-actions">
        <button type="button" ref={cancelRef} onClick={onCancel}>
          取消
        </button>
        <button type="button" className="bd-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </AlertDialog>
  );
}
