/** The `visits` table: leader visits of an issue (厅（局）长进大厅), replaced as a whole like entries. */
import type { Visit, VisitInput } from '../../../shared/attendance/types';
import type { Db } from './connection';

interface VisitRow {
  id: number;
  issue_id: number;
  person_id: number | null;
  name: string;
  title: string;
  department: string;
  visit_date: string;
  kind: string;
  position: number;
}

function toVisit(row: VisitRow): Visit {
  return {
    id: row.id,
    issueId: row.issue_id,
    personId: row.person_id,
    name: row.name,
    title: row.title,
    department: row.department,
    date: row.visit_date,
    kind: row.kind,
    position: row.position,
  };
}

export function listVisits(db: Db, issueId: number): Visit[] {
  return (
    db
      .prepare(
        `SELECT id, issue_id, person_id, name, title, department, visit_date, kind, position
         FROM visits WHERE issue_id = ? ORDER BY position, id`,
      )
      .all(issueId) as VisitRow[]
  ).map(toVisit);
}

export function replaceVisits(db: Db, issueId: number, visits: readonly VisitInput[]): void {
  db.prepare('DELETE FROM visits WHERE issue_id = ?').run(issueId);
  const insert = db.prepare(
    `INSERT INTO visits (issue_id, person_id, name, title, department, visit_date, kind, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  visits.forEach((v, i) => insert.run(issueId, v.personId, v.name, v.title, v.department, v.date, v.kind, i));
}
