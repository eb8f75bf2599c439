/**
 * The facts behind an issue's 本期待办 (shared/checklist): what the records say now — figures left
 * （未填） and 今年以来 resting on missing issues, attendance and visits entered or confirmed none, the
 * generated sections as the records would write them, the series' template and the 报尾 as it prints.
 */
import type { RecordsState, StatisticsFacts, TodoFacts } from '../../../shared/checklist/types';
import type { GeneratedKind } from '../../../shared/document/types';
import type { IssueSummary } from '../../../shared/issues/types';
import type { MetricFigures } from '../../../shared/statistics/types';
import { metricName } from '../../../shared/statistics/ytd';
import { renderGenerated } from '../attendance/render';
import type { Db } from '../db/connection';
import { listMetricGroups } from '../db/metricGroupsTable';
import { isConfirmedNone } from '../db/recordConfirmationsTable';
import { listTemplateSections } from '../db/templateSectionsTable';
import { statisticsView } from '../statistics/figures';

function printsUnfilled(mode: 'period' | 'cumulative', f: MetricFigures): boolean {
  return f.value === null || (mode === 'period' && f.total === null);
}

function statisticsFacts(db: Db, issue: IssueSummary): StatisticsFacts[] {
  return listMetricGroups(db, issue.seriesId).map((group) => {
    const view = statisticsView(db, issue, group);
    return {
      groupId: group.id,
      groupName: group.name,
      unfilled: view.figures.filter((f) => printsUnfilled(group.mode, f)).map((f) => metricName(f.metric)),
      // 今年以来 resting on missing issues is an error of the year-to-date rules (shared/statistics/ytd.ts);
      // the warnings (a total that falls, a typed total that differs) are advice, not 待办.
      missingIssues: view.errors,
      printed: { lines: view.lines, rows: view.rows },
    };
  });
}

export function recordsState(db: Db, issueId: number, kind: GeneratedKind): RecordsState {
  const table = kind === 'attendance' ? 'attendance_entries' : 'visits';
  const { n } = db.prepare(`SELECT count(*) AS n FROM ${table} WHERE issue_id = ?`).get(issueId) as { n: number };
  return { count: n, confirmedNone: isConfirmedNone(db, issueId, kind) };
}

export function todoFacts(db: Db, issue: IssueSummary, closing: TodoFacts['closing']): TodoFacts {
  return {
    issueId: issue.id,
    template: listTemplateSections(db, issue.seriesId),
    statistics: statisticsFacts(db, issue),
    attendance: recordsState(db, issue.id, 'attendance'),
    visits: recordsState(db, issue.id, 'leaderVisits'),
    rendered: { attendance: renderGenerated(db, issue.id, 'attendance'), leaderVisits: renderGenerated(db, issue.id, 'leaderVisits') },
    closing,
  };
}
