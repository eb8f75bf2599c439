/**
 * What 校对 needs to know of an issue besides its body: its period and date, the roster's names and
 * titles (active departments and people: a retired name in the text is worth a look too, but only
 * against who serves now), and the 报尾 lines it prints with.
 */
import type { ProofreadContext } from '../../../shared/proofread/types';
import type { IssueSummary } from '../../../shared/issues/types';
import type { Db } from '../db/connection';
import { listDepartments } from '../db/departmentsTable';
import { findIssueClosing } from '../db/issuesTable';
import { listPeople } from '../db/peopleTable';
import { findSeries } from '../db/seriesTable';

export function proofreadContextOf(db: Db, issue: IssueSummary): ProofreadContext {
  const departments = listDepartments(db).filter((d) => d.active);
  const nameOf = new Map(departments.map((d) => [d.id, d.name]));
  const people = listPeople(db).flatMap((p) => {
    const department = nameOf.get(p.departmentId);
    return department ? [{ name: p.name, title: p.title, department }] : [];
  });
  const closing = findIssueClosing(db, issue.id) ?? findSeries(db, issue.seriesId)?.closing ?? null;
  return {
    period: issue.periodStart && issue.periodEnd ? { start: issue.periodStart, end: issue.periodEnd } : null,
    issueDate: issue.issueDate,
    departments: departments.map((d) => ({ name: d.name, fullName: d.fullName })),
    people,
    closingLines: (closing?.lines ?? []).map((line) => line.text),
  };
}
