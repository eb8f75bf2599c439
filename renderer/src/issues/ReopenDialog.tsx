/**
 * 重新打开 a finalized issue: a confirmation that says what reopening means, with an optional 说明
 * (why it is reopened) that is kept in the 状态记录. Focus starts in the note; Escape cancels;
 * Tab stays inside the dialog.
 */
import { useId, useRef, useState } from 'react';
import { dialogKeyHandler } from '../common/dialogKeys';
import { useFocusReturn } from '../common/useFocusReturn';

/** The contract's limit (issueStatusChannels.ts): the dialog stops typing there instead of refusing. */
const NOTE_MAX = 500;

export interface ReopenDialogProps {
  busy: boolean;
  error: string | null;
  onConfirm: (note: string) => void;
  onCancel: () => void;
}

export function ReopenDialog({ busy, error, onConfirm, onCancel }: ReopenDialogProps) {
  const titleId = useId();
  const messageId = useId();
  const noteId = useId();
  const [note, setNote] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useFocusReturn(noteRef);

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
        data-testid="reopen-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>重新打开本期</h2>
        <p id={messageId}>
          重新打开后，本期的正文、期号、报尾、考勤和统计数字可以再次修改，本期回到草稿状态。重新打开会记入本期的状态记录；改好后请再次定稿。
        </p>
        <label htmlFor={noteId}>说明（可不填，例如为什么重新打开）</label>
        <textarea
          id={noteId}
          ref={noteRef}
          className="bd-reopen-note"
          data-testid="reopen-note"
          value={note}
          maxLength={NOTE_MAX}
          disabled={busy}
          onChange={(event) => setNote(event.target.value)}
        />
        {error && (
          <p className="bd-form-error" role="alert">
            未能重新打开：{error}
          </p>
        )}
        <div className="bd-modal-actions">
          <button type="button" onClick={onCancel} disabled={busy}>
            取消
          </button>
          <button type="button" className="bd-danger" data-testid="confirm-reopen" disabled={busy} onClick={() => onConfirm(note)}>
            {busy ? '正在重新打开…' : '重新打开'}
          </button>
        </div>
      </div>
    </div>
  );
}
