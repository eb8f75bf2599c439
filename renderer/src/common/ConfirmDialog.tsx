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
  /** Lines listed under the message (定稿 lists what is still left in 本期待办). */
  details?: readonly string[];
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, message, confirmLabel, details, onConfirm, onCancel }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <AlertDialog title={title} message={message} focusRef={cancelRef} onCancel={onCancel}>
      {details && details.length > 0 && (
        <ul className="bd-confirm-details" data-testid="confirm-details">
          {details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
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
