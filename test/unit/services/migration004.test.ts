/** Migration 004 on a version-3 database: the archive and roster kept, the nine leave types and the settings seeded. */
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/services/db/migrations';
import { openTempDatabase } from './helpers';
import { addRoster, addSampleArchive, databaseAt, expectOldRowsKept, openUpgraded, tableRows } from './oldDatabases';

/** Written out rather than taken from DEFAULT_LEAVE_TYPES: a changed constant must not pass unnoticed. */
const SEEDED_LEAVE_TYPES = [
  { id: 1, name: '年休假', position: 0 },
  { id: 2, name: '请病假', position: 1 },
  { id: 3, name: '事假', position: 2 },
  { id: 4, name: '因公外出', position: 3 },
  { id: 5, name: '婚假', position: 4 },
  { id: 6, name: '产假', position: 5 },
  { id: 7, name: '探亲假', position: 6 },
  { id: 8, name: '丧假', position: 7 },
  { id: 9, name: '调休', position: 8 },
];

const SEEDED_SETTINGS = {
  threshold: 3,
  heading: '本周累计请假{n}天以上的有：',
  none: '本周无请假{n}天以上人员。',
  order: 'roster',
  visitsNone: '本周无厅（局）长进大厅。',
};

function versionThree() {
  const { file, db } = databaseAt(3);
  const ids = addSampleArchive(db);
  addRoster(db);
  const before = tableRows(db);
  db.close();
  return { file, ids, before };
}

describe('migration 004 (attendance)', () => {
  it('keeps every series, issue, department and person of a version-3 database', () => {
    const { file, before } = versionThree();
    expect(before.issues).toHaveLength(5);
    expect(before.people).toHaveLength(4);
    const { db } = openUpgraded(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expectOldRowsKept(before, db);
  });

  it('seeds exactly the nine leave types in print order, the default settings, and nothing else', () => {
    const { db } = openUpgraded(versionThree().file);
    expect(db.prepare('SELECT id, name, position FROM leave_types ORDER BY id').all()).toEqual(SEEDED_LEAVE_TYPES);
    const settings = db.prepare('SELECT id, settings FROM attendance_settings').all() as { id: number; settings: string }[];
    expect(settings.map((row) => ({ id: row.id, settings: JSON.parse(row.settings) as unknown }))).toEqual([
      { id: 1, settings: SEEDED_SETTINGS },
    ]);
    for (const table of ['calendar_days', 'attendance_entries', 'visits']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });

  it('serves the seeds and the old issues to the attendance handlers', async () => {
    const { file, ids } = versionThree();
    const app = openUpgraded(file);
    expect(await app.value('attendance.listLeaveTypes', {})).toEqual(SEEDED_LEAVE_TYPES);
    expect(await app.value('attendance.getSettings', {})).toEqual(SEEDED_SETTINGS);
    expect(await app.value('attendance.listEntries', { issueId: ids.w2024n22 })).toEqual([]);
    expect(await app.value('attendance.listVisits', { issueId: ids.w2024n22 })).toEqual([]);
    // A person of the old roster can be entered with a seeded type on an old issue.
    const saved = await app.value('attendance.saveEntries', {
      issueId: ids.w2024n22,
      entries: [{ personId: 2, leaveTypeId: 4, start: '2024-06-17', end: '2024-06-21', note: '' }],
    });
    expect(saved).toEqual([expect.objectContaining({ personId: 2, leaveTypeId: 4, start: '2024-06-17', end: '2024-06-21' })]);
  });

  it('gives a new database the same seeds', () => {
    const db = openTempDatabase();
    expect(db.prepare('SELECT id, name, position FROM leave_types ORDER BY id').all()).toEqual(SEEDED_LEAVE_TYPES);
    expect(JSON.parse(db.prepare('SELECT settings FROM attendance_settings WHERE id = 1').pluck().get() as string)).toEqual(
      SEEDED_SETTINGS,
    );
  });
});
