/**
 * 重新打开 a finalized issue: a confirmation that says what reopening means, with an optional 说明
 * (why it is reopened) that is kept in the 状态记录. Focus starts in the note; Escape cancels;
 * Tab stays inside the dialog.
 */
import { useId, useRef, useState } from 'react';
import { AlertDialog } from '../common/AlertDialog';

/** The contract's limit (issueStatusChannels.ts): the dialog stops typing there instead of refusing. */
const NOTE_MAX = 500;

const REOPEN_MESSAGE =
  '重新打开后，本期的正文、期号、报尾、考勤和统计数字可以再次修改，本期回到草稿状态。重新打开会记入本期的状态记录；改好后请再次定稿。';

export interface ReopenDialogProps {
  busy: boolean;
  error: string | null;
  onConfirm: (note: string) => void;
  onCancel: () => void;
}

export function ReopenDialog({ busy, error, onConfirm, onCancel }: ReopenDialogProps) {
  const noteId = useId();
  const [note, setNote] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);

  return (
    <AlertDialog title="重新打开本期" message={REOPEN_MESSAGE} focusRef={noteRef} onCancel={onCancel} testId="reopen-dialog">
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
    </AlertDialog>
  );
}
