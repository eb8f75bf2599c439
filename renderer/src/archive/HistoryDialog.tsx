/**
 * 历史版本 of one issue: its save points, newest first; choosing one shows what changed since then;
 * 恢复此版本 puts it back in one step (the current body is kept as a save point first, so it can be undone).
 */
import './archive.css';
import { useEffect, useState } from 'react';
import { SAVE_POINT_REASON_TEXT, type SavePoint, type VersionDiff } from '../../../shared/archive/types';
import type { Issue } from '../../../shared/issues/types';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Modal } from '../settings/Modal';
import { DiffView } from './DiffView';
import { formatInstant } from './format';

export interface HistoryDialogProps {
  issueId: number;
  /** Saves what the editor holds, so the history and the restore see the last word. */
  flush: () => Promise<boolean>;
  onRestored: (issue: Issue) => void;
  onClose: () => void;
  /** Why 恢复此版本 is not offered (a finalized issue); the versions can still be looked at. */
  restoreDisabledReason?: string | null;
}

export function HistoryDialog({ issueId, flush, onRestored, onClose, restoreDisabledReason = null }: HistoryDialogProps) {
  const api = useApi();
  const [points, setPoints] = useState<SavePoint[] | null>(null);
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The list once the editor has saved; an answer for a closed dialog is dropped.
  useEffect(() => {
    let live = true;
    void flush()
      .then((saved) => (saved ? api['versions.list']({ issueId }) : null))
      .then((result) => {
        if (!live) return;
        if (result === null) setError('当前正文未能保存，请稍后再试。');
        else if (result.ok) setPoints(result.value);
        else setError(result.error.message);
      });
    return () => {
      live = false;
    };
  }, [api, issueId, flush]);

  const choose = async (point: SavePoint) => {
    setError(null);
    const result = await api['versions.diff']({ savePointId: point.id });
    if (result.ok) setDiff(result.value);
    else setError(result.error.message);
  };

  const restore = async () => {
    setConfirming(false);
    if (!diff) return;
    if (!(await flush())) {
      setError('当前正文未能保存，没有恢复。');
      return;
    }
    const restored = await api['versions.restore']({ savePointId: diff.savePoint.id });
    if (!restored.ok) {
      setError(restored.error.message);
      return;
    }
    const issue = await api['issues.get']({ id: issueId });
    if (!issue.ok) {
      setError(issue.error.message);
      return;
    }
    onRestored(issue.value);
    onClose();
  };

  return (
    <Modal title="历史版本" testId="history-dialog" onClose={onClose}>
      {error && (
        <p role="alert" className="bd-error">
          {error}
        </p>
      )}
      {points === null ? (
        <p>正在读取…</p>
      ) : points.length === 0 ? (
        <p className="bd-empty">还没有保存点。编辑时每五分钟自动保留一个版本，按 Ctrl+S 或“保存”也会保留。</p>
      ) : (
        <div className="bd-history">
          <ol className="bd-history-list" aria-label="保存点">
            {points.map((point) => (
              <li key={point.id}>
                <button
                  type="button"
                  data-testid="save-point"
                  aria-pressed={diff?.savePoint.id === point.id}
                  onClick={() => void choose(point)}
                >
                  {formatInstant(point.createdAt)} · {SAVE_POINT_REASON_TEXT[point.reason]} · {point.characters} 字
                </button>
              </li>
            ))}
          </ol>
          <div className="bd-history-diff">
            {diff ? (
              <>
                <p data-testid="diff-summary">
                  从这个版本到现在：新增 {diff.added} 段，删除 {diff.removed} 段，修改 {diff.changed} 段。
                </p>
                <DiffView blocks={diff.blocks} />
                <button
                  type="button"
                  data-testid="restore-version"
                  disabled={restoreDisabledReason !== null}
                  title={restoreDisabledReason ?? undefined}
                  onClick={() => setConfirming(true)}
                >
                  恢复此版本
                </button>
                {restoreDisabledReason && <p className="bd-hint">{restoreDisabledReason}</p>}
              </>
            ) : (
              <p className="bd-empty">选择左侧的一个版本，查看它与现在正文的差别。</p>
            )}
          </div>
        </div>
      )}
      {confirming && diff && (
        <ConfirmDialog
          title="恢复历史版本"
          message={`正文将恢复为 ${formatInstant(diff.savePoint.createdAt)} 的版本。现在的正文会先保留为一个保存点，可以随时再恢复回来。`}
          confirmLabel="恢复"
          onConfirm={() => void restore()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </Modal>
  );
}
