/**
 * Before the app: what the start-up integrity check found. A damaged database (browser mode; Electron
 * asks in a dialog before the window opens) shows the offer of the newest good backup instead of the
 * app; nothing is restored without the clerk's click, and the damaged file is kept renamed.
 */
import './archive.css';
import { useEffect, useState, type ReactNode } from 'react';
import type { StartupState } from '../../../shared/archive/types';
import { useApi } from '../api/ApiContext';
import { formatInstant } from './format';

export function StartupGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<StartupState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [keptAt, setKeptAt] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api['archive.startupState']({}).then((result) => {
      // A host without the check (or an error reading it) must not keep the clerk out of the app.
      if (live) setState(result.ok ? result.value : { kind: 'ok' });
    });
    return () => {
      live = false;
    };
  }, [api]);

  if (state === null) return null;
  if (state.kind === 'ok') {
    return (
      <>
        {keptAt && (
          <p role="status" className="bd-startup-note" data-testid="recovered-note">
            已从备份恢复。损坏的数据库文件保存在：{keptAt}
          </p>
        )}
        {children}
      </>
    );
  }

  const recover = async () => {
    if (!state.offer) return;
    setBusy(true);
    const result = await api['archive.recover']({ name: state.offer.name });
    setBusy(false);
    if (result.ok) {
      setKeptAt(result.value.damagedCopy);
      setState({ kind: 'ok' });
    } else {
      setError(result.error.message);
    }
  };

  return (
    <main className="bd-startup-damaged" data-testid="startup-damaged">
      <h1>简报台的数据库已损坏</h1>
      <p style={{ whiteSpace: 'pre-line' }}>{state.problem}</p>
      <p>数据库文件：{state.databasePath}</p>
      {state.offer ? (
        <>
          <p>
            可以从最近一份完好的备份恢复：{formatInstant(state.offer.createdAt)}
            。此备份之后的修改无法找回；损坏的文件不会删除，会改名保存在原文件旁边。
          </p>
          <button type="button" data-testid="recover-from-backup" disabled={busy} onClick={() => void recover()}>
            从备份恢复
          </button>
        </>
      ) : (
        <p>没有找到可用的备份。简报台没有改动这个文件，请联系维护人员。</p>
      )}
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
