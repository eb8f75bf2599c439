/**
 * 备份: the backups beside the database (date, kind, size), 立即备份, and 从备份恢复 after a
 * confirmation. Restoring backs up the current database first; the app goes on with the restored one.
 */
import './archive.css';
import { useCallback, useEffect, useState } from 'react';
import { BACKUP_KIND_TEXT, type BackupInfo, type BackupList } from '../../../shared/archive/types';
import { useApi } from '../api/ApiContext';
import type { ToolProps } from '../app/tools';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatInstant, formatSize } from './format';

export function BackupView({ refresh }: Pick<ToolProps, 'refresh'>) {
  const api = useApi();
  const [list, setList] = useState<BackupList | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Set in `.then`, not after `await`: the hooks lint takes the latter for a setState in the effect (react#34905).
  const load = useCallback(
    () =>
      api['backups.list']({}).then((result) => {
        if (result.ok) setList(result.value);
        else setError(result.error.message);
      }),
    [api],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const backupNow = async () => {
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await api['backups.create']({});
    setBusy(false);
    if (result.ok) setNotice(`已备份：${formatInstant(result.value.createdAt)}，${formatSize(result.value.sizeBytes)}。`);
    else setError(result.error.message);
    await load();
  };

  const restore = async (backup: BackupInfo) => {
    setRestoring(null);
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await api['backups.restore']({ name: backup.name });
    setBusy(false);
    if (result.ok) {
      setNotice(
        `已从 ${formatInstant(backup.createdAt)} 的备份恢复。恢复前的数据库已另存为备份（${formatInstant(result.value.createdAt)}）。`,
      );
      refresh();
    } else {
      setError(result.error.message);
    }
    await load();
  };

  return (
    <section className="bd-tool-view bd-backups" aria-label="备份" data-testid="backup-view">
      <h2>备份</h2>
      <p>
        每天自动备份一次，每类保留最近 14 份。
        {list && (
          <>
            备份文件夹：<code>{list.folder}</code>
          </>
        )}
      </p>
      <button type="button" data-testid="backup-now" disabled={busy} onClick={() => void backupNow()}>
        立即备份
      </button>
      {notice && (
        <p role="status" data-testid="backup-notice">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="bd-error">
          {error}
        </p>
      )}
      {list && list.backups.length === 0 && <p className="bd-empty">还没有备份。</p>}
      {list && list.backups.length > 0 && (
        <table className="bd-backup-table">
          <thead>
            <tr>
              <th>时间</th>
              <th>类型</th>
              <th>大小</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.backups.map((backup) => (
              <tr key={backup.name} data-testid="backup-row">
                <td>{formatInstant(backup.createdAt)}</td>
                <td>{BACKUP_KIND_TEXT[backup.kind]}</td>
                <td>{formatSize(backup.sizeBytes)}</td>
                <td>
                  <button type="button" disabled={busy} onClick={() => setRestoring(backup)}>
                    从备份恢复
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && (
        <ConfirmDialog
          title="从备份恢复"
          message={`数据库将恢复为 ${formatInstant(restoring.createdAt)} 的备份，此后的修改不在其中。恢复前，现在的数据库会先另存为一份备份。`}
          confirmLabel="恢复"
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(null)}
        />
      )}
    </section>
  );
}
