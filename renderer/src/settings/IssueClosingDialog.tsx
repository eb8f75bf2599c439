/**
 * This issue's 报尾: the series' default, or its own (another distribution, another print run).
 * Its own starts from what the issue prints now, so a small change is a small edit.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { IssueClosing } from '../../../shared/contract/channels';
import { formatCopies, type PrintableClosing } from '../../../shared/layout/issueView';
import { useApi } from '../api/ApiContext';
import { ClosingEditor } from './ClosingEditor';
import { closingFromDraft, draftFromClosing, type ClosingDraft } from './closingForm';
import { refusalMessages } from './layoutForm';
import { Modal } from './Modal';

export interface IssueClosingDialogProps {
  issueId: number;
  onSaved: (closing: IssueClosing) => void;
  onClose: () => void;
  /** A finalized issue: its 报尾 is shown as it prints, not editable. */
  readOnly?: boolean;
}

function ClosingText({ closing }: { closing: PrintableClosing | null }) {
  if (!closing || (closing.lines.length === 0 && closing.copies === null))
    return <p className="bd-empty">（系列未设默认报尾，本期不印报尾）</p>;
  return (
    <div className="bd-closing-text" data-testid="series-closing-text">
      {closing.lines.map((line, i) => (
        <p key={i}>
          {line.label}：{line.text}
        </p>
      ))}
      {closing.copies !== null && <p>{formatCopies(closing.copies)}</p>}
    </div>
  );
}

export function IssueClosingDialog({ issueId, onSaved, onClose, readOnly = false }: IssueClosingDialogProps) {
  const api = useApi();
  const [loaded, setLoaded] = useState<IssueClosing | null>(null);
  const [own, setOwn] = useState(false);
  const [draft, setDraft] = useState<ClosingDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const locked = busy || readOnly;

  useEffect(() => {
    let live = true;
    void api['issues.closing']({ id: issueId }).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setLoaded(result.value);
      setOwn(result.value.override !== null);
      setDraft(draftFromClosing(result.value.override ?? result.value.effective));
    });
    return () => {
      live = false;
    };
  }, [api, issueId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || readOnly) return;
    setBusy(true);
    const result = await api['issues.updateClosing']({ id: issueId, closing: own ? closingFromDraft(draft) : null });
    setBusy(false);
    if (!result.ok) {
      setError(refusalMessages(result.error.message).join('；'));
      return;
    }
    onSaved(result.value);
    onClose();
  };

  return (
    <Modal title="本期报尾" testId="issue-closing" onClose={onClose}>
      {!loaded && !error && <p className="bd-empty">正在读取…</p>}
      {loaded && draft && (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label="本期报尾">
          <fieldset className="bd-radio-row">
            <legend>本期报尾</legend>
            <label>
              <input type="radio" name="closingMode" checked={!own} disabled={locked} onChange={() => setOwn(false)} />
              使用系列默认报尾
            </label>
            <label>
              <input type="radio" name="closingMode" checked={own} disabled={locked} onChange={() => setOwn(true)} />
              本期单独设置
            </label>
          </fieldset>
          {own ? (
            <ClosingEditor draft={draft} onChange={setDraft} disabled={locked} />
          ) : // The series' default is known only while the issue uses it (then it is the effective one).
          loaded.override === null ? (
            <ClosingText closing={loaded.effective} />
          ) : (
            <p className="bd-hint">保存后本期将改用系列默认报尾。</p>
          )}
          {error && (
            <p className="bd-form-error" role="alert">
              报尾未保存：{error}
            </p>
          )}
          {readOnly ? (
            <p className="bd-hint" data-testid="issue-closing-readonly">
              本期已定稿，报尾不能修改。如需修改，请先“重新打开”本期。
            </p>
          ) : (
            <div className="bd-form-actions">
              <button type="submit" className="bd-primary" data-testid="issue-closing-save" disabled={busy}>
                {busy ? '正在保存…' : '保存本期报尾'}
              </button>
            </div>
          )}
        </form>
      )}
      {!loaded && error && (
        <p className="bd-form-error" role="alert">
          无法读取本期报尾：{error}
        </p>
      )}
    </Modal>
  );
}
