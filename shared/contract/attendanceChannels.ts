/**
 * Attendance (考勤) and leader visits (厅（局）长进大厅) of an issue, the leave types and the holiday
 * calendar they are counted with, and the generated sections written from them (issue 4b).
 * Lists are saved whole: the handlers check every row first and store all or nothing.
 */
import { z } from 'zod';
import { xmlText } from '../text/xmlText';
import type { AttendanceEntryView, AttendanceImportResult, AttendanceSettings, CalendarDay, LeaveType, Visit } from '../attendance/types';
import { GENERATED_KINDS } from '../document/types';
import { channel, id, isoDate } from './define';

const leaveTypeName = xmlText({ error: '请假类型应为文字' })
  .trim()
  .min(1, { error: '请假类型不能为空' })
  .max(20, { error: '请假类型不能超过 20 个字' });

const note = xmlText().trim().max(200, { error: '备注不能超过 200 个字' });

export const attendanceSettingsSchema = z.strictObject({
  threshold: z.int({ error: '天数应为整数' }).min(1, { error: '天数至少为 1' }).max(31, { error: '天数不能超过 31' }),
  heading: xmlText().trim().min(1, { error: '标题句不能为空' }).max(100),
  none: xmlText().trim().min(1, { error: '无人时的句子不能为空' }).max(100),
  order: z.enum(['roster', 'entry']),
  visitsNone: xmlText().trim().min(1, { error: '无人进大厅时的句子不能为空' }).max(100),
});

export const calendarDaySchema = z.strictObject({
  date: isoDate,
  kind: z.enum(['holiday', 'workday'], { error: '日期类型应为“节假日”或“调休上班”' }),
  note: xmlText().trim().max(50, { error: '说明不能超过 50 个字' }),
});

export const entryInputSchema = z.strictObject({
  personId: id,
  leaveTypeId: id,
  // Dates are checked row by row by the handler (so the message names the row), not here.
  start: xmlText({ error: '开始日期应为文字' }).max(10, { error: '开始日期应写成 2026-11-25 这样的日期' }),
  end: xmlText({ error: '结束日期应为文字' }).max(10, { error: '结束日期应写成 2026-11-25 这样的日期' }),
  note,
});

export const visitInputSchema = z.strictObject({
  personId: id.nullable(),
  name: xmlText().trim().min(1, { error: '姓名不能为空' }).max(50, { error: '姓名不能超过 50 个字' }),
  title: xmlText().trim().max(200, { error: '职务不能超过 200 个字' }),
  department: xmlText().trim().max(50, { error: '部门不能超过 50 个字' }),
  date: isoDate,
  kind: xmlText().trim().min(1, { error: '活动不能为空' }).max(20, { error: '活动不能超过 20 个字' }),
});

export const generatedKindSchema = z.enum(GENERATED_KINDS as ['attendance', 'leaderVisits']);

export const attendanceChannels = {
  /** The leave types in their order (the order of the lines of 考勤情况). */
  'attendance.listLeaveTypes': channel<LeaveType[]>()(z.strictObject({})),
  /** Makes the list exactly this, in this order (id null = a new type). A type still used is kept. */
  'attendance.saveLeaveTypes': channel<LeaveType[]>()(
    z.strictObject({
      types: z
        .array(z.strictObject({ id: id.nullable(), name: leaveTypeName }))
        .min(1, { error: '至少要有一种请假类型' })
        .max(50),
    }),
  ),
  /** The holiday calendar of a year (all years when omitted), in date order. */
  'attendance.listCalendar': channel<CalendarDay[]>()(z.strictObject({ year: z.int().min(2000).max(2100).optional() })),
  /** Replaces a year's holidays and make-up workdays. */
  'attendance.saveCalendar': channel<CalendarDay[]>()(
    z.strictObject({ year: z.int().min(2000).max(2100), days: z.array(calendarDaySchema).max(366) }),
  ),
  'attendance.getSettings': channel<AttendanceSettings>()(z.strictObject({})),
  'attendance.saveSettings': channel<AttendanceSettings>()(z.strictObject({ settings: attendanceSettingsSchema })),
  /** An issue's entries in the clerk's order, names resolved and working days counted in its period. */
  'attendance.listEntries': channel<AttendanceEntryView[]>()(z.strictObject({ issueId: id })),
  /** Replaces an issue's entries; refused as a whole, every bad row named, when any row is wrong. */
  'attendance.saveEntries': channel<AttendanceEntryView[]>()(
    z.strictObject({ issueId: id, entries: z.array(entryInputSchema).max(2000) }),
    { writesIssue: 'issueId' },
  ),
  /**
   * Adds the rows of a CSV file (姓名, 部门, 类型, 开始, 结束[, 备注]; UTF-8 or GBK) to an issue's entries;
   * all or nothing, every bad line named.
   */
  'attendance.importCsv': channel<AttendanceImportResult>()(
    z.strictObject({
      issueId: id,
      fileName: xmlText().trim().min(1).max(260),
      // About 5 MB of file; a week's attendance is a few kilobytes.
      base64: z.string().max(7_000_000, { error: '文件太大（超过 5 MB），不像是考勤表' }),
    }),
    { writesIssue: 'issueId' },
  ),
  'attendance.listVisits': channel<Visit[]>()(z.strictObject({ issueId: id })),
  'attendance.saveVisits': channel<Visit[]>()(z.strictObject({ issueId: id, visits: z.array(visitInputSchema).max(500) }), {
    writesIssue: 'issueId',
  }),
  /** The current text of a generated section of an issue, line by line. */
  'generated.render': channel<string[]>()(z.strictObject({ issueId: id, kind: generatedKindSchema })),
} as const;
