/** The `issue_status_log` table (migration 006): every finalize (定稿) and reopen (重新打开) of an issue. */
import type { IssueStatusEvent } from '../../../shared/contract/issueStatusChannels';
import { AppError } from '../../../shared/contract/result';
import type { Db } from './connection';

interface StatusLogRow {
  id: number;
  issue_id: number;
  action: string;
  at: string;
  note: string;
}

function rowToEvent(row: StatusLogRow): IssueStatusEvent {
  // The CHECK constraint allows only these two; anything else means the file was edited behind our back.
  if (row.action !== 'finalize' && row.action !== 'reopen') {
    throw new AppError('INTERNAL', `数据库中第 ${row.id} 条定稿记录的动作“${row.action}”无法识别。`);
  }
  return { id: row.id, issueId: row.issue_id, action: row.action, at: row.at, note: row.note };
}

export function insertStatusEvent(db: Db, issueId: number, action: IssueStatusEvent['action'], at: string, note: string): number {
  const info = db.prepare('INSERT INTO issue_status_log (issue_id, action, at, note) VALUES (?, ?, ?, ?)').run(issueId, action, at, note);
  return Number(info.lastInsertRowid);
}

/** The issue's events, oldest first (ids grow with time, so they break ties of equal timestamps). */
export function listStatusEvents(db: Db, issueId: number): IssueStatusEvent[] {
  const rows = db
    .prepare('SELECT id, issue_id, action, at, note FROM issue_status_log WHERE issue_id = ? ORDER BY id')
    .all(issueId) as StatusLogRow[];
  return rows.map(rowToEvent);
}
