/** 状态记录: every 定稿 and 重新打开 of the issue, oldest first, with the time and the note. */
import { useEffect, useState } from 'react';
import type { IssueStatusEvent } from '../../../shared/contract/issueStatusChannels';
import { useApi } from '../api/ApiContext';
import { formatInstant } from '../archive/format';

const ACTION_TEXT: Record<IssueStatusEvent['action'], string> = { finalize: '定稿', reopen: '重新打开' };

export interface StatusLogProps {
  issueId: number;
  /** Changes whenever the status changes, so the list is read again. */
  version: string;
}

export function StatusLog({ issueId, version }: StatusLogProps) {
  const api = useApi();
  const [events, setEvents] = useState<IssueStatusEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api['issues.statusLog']({ id: issueId }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setEvents(result.value);
        setError(null);
      } else {
        setError(result.error.message);
      }
    });
    return () => {
      live = false;
    };
  }, [api, issueId, version]);

  if (error) {
    return (
      <p className="bd-form-error" role="alert">
        无法读取状态记录：{error}
      </p>
    );
  }
  if (events === null) return <p className="bd-empty">正在读取…</p>;
  if (events.length === 0) return <p className="bd-empty bd-status-log">本期还没有定稿过。</p>;
  return (
    <ol className="bd-status-log" data-testid="status-log" aria-label="状态记录">
      {events.map((event) => (
        <li key={event.id} data-testid="status-event" data-action={event.action}>
          {ACTION_TEXT[event.action]} · {formatInstant(event.at)}
          {event.note && <> · 说明：{event.note}</>}
        </li>
      ))}
    </ol>
  );
}
