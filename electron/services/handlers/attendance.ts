/**
 * Attendance channels: leave types, the holiday calendar, settings, an issue's entries and visits,
 * and generated.render. Every write checks everything first and runs in one transaction.
 */
import type { Handlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/result';
import { readAttendanceSettings, writeAttendanceSettings } from '../db/attendanceTable';
import { listCalendarDays, replaceCalendarYear } from '../db/holidaysTable';
import { countEntriesOfLeaveType, listLeaveTypes, replaceLeaveTypes } from '../db/leaveTypesTable';
import { findPerson } from '../db/peopleTable';
import { listVisits, replaceVisits } from '../db/visitsTable';
import { entryViews, saveEntries } from '../attendance/entries';
import { importAttendanceCsv } from '../attendance/importCsv';
import { renderGenerated } from '../attendance/render';
import type { HandlerContext } from './context';
import { assertDraft, requireLive } from '../issues/require';

type AttendanceChannels = Extract<keyof Handlers, `attendance.${string}` | 'generated.render'>;

export function attendanceHandlers(ctx: HandlerContext): Pick<Handlers, AttendanceChannels> {
  const { db } = ctx;
  return {
    'attendance.listLeaveTypes': () => listLeaveTypes(db),

    'attendance.saveLeaveTypes': ({ types }) =>
      db
        .transaction(() => {
          const names = new Set<string>();
          for (const t of types) {
            if (names.has(t.name)) throw new AppError('INVALID_INPUT', `请假类型“${t.name}”重复`);
            names.add(t.name);
          }
          const current = listLeaveTypes(db);
          const kept = new Set(types.flatMap((t) => (t.id === null ? [] : [t.id])));
          for (const id of kept) {
            if (!current.some((t) => t.id === id)) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的请假类型`);
          }
          for (const t of current) {
            if (!kept.has(t.id) && countEntriesOfLeaveType(db, t.id) > 0) {
              throw new AppError('CONFLICT', `请假类型“${t.name}”已有考勤记录使用，不能删除`);
            }
          }
          replaceLeaveTypes(db, types);
          return listLeaveTypes(db);
        })
        .immediate(),

    'attendance.listCalendar': ({ year }) => listCalendarDays(db, year),

    'attendance.saveCalendar': ({ year, days }) =>
      db
        .transaction(() => {
          const seen = new Set<string>();
          for (const d of days) {
            if (!d.date.startsWith(`${year}-`)) throw new AppError('INVALID_INPUT', `${d.date} 不在 ${year} 年`);
            if (seen.has(d.date)) throw new AppError('INVALID_INPUT', `${d.date} 重复`);
            seen.add(d.date);
          }
          replaceCalendarYear(
            db,
            year,
            [...days].sort((a, b) => (a.date < b.date ? -1 : 1)),
          );
          return listCalendarDays(db, year);
        })
        .immediate(),

    'attendance.getSettings': () => readAttendanceSettings(db),

    'attendance.saveSettings': ({ settings }) =>
      db
        .transaction(() => {
          writeAttendanceSettings(db, settings);
          return readAttendanceSettings(db);
        })
        .immediate(),

    'attendance.listEntries': ({ issueId }) => entryViews(db, issueId),

    'attendance.saveEntries': ({ issueId, entries }) => saveEntries(db, issueId, entries),

    'attendance.importCsv': ({ issueId, base64 }) => importAttendanceCsv(db, issueId, Buffer.from(base64, 'base64')),

    'attendance.listVisits': ({ issueId }) => {
      requireLive(db, issueId);
      return listVisits(db, issueId);
    },

    'attendance.saveVisits': ({ issueId, visits }) =>
      db
        .transaction(() => {
          assertDraft(requireLive(db, issueId));
          visits.forEach((v, i) => {
            if (v.personId !== null && !findPerson(db, v.personId)) {
              throw new AppError('NOT_FOUND', `第${i + 1}行：名册中没有编号为 ${v.personId} 的人员`);
            }
          });
          replaceVisits(db, issueId, visits);
          return listVisits(db, issueId);
        })
        .immediate(),

    'generated.render': ({ issueId, kind }) => renderGenerated(db, issueId, kind),
  };
}
