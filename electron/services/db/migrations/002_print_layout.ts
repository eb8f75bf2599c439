/**
 * What the official print layout needs from the database: a series' layout overrides and its default
 * 报尾, and an issue's own 报尾. All three are JSON text (null = not set: the standard layout, no 报尾,
 * the series' default), checked as JSON here and against their schemas by the table modules, on the
 * way in and on the way out.
 *
 * The series migration 001 created — the only one a version-1 database can hold — gets the 报尾 the
 * clerk prints today (shared/samples/weekly-2022-28.txt), so the first export already carries it.
 */
import type { PrintableClosing } from '../../../../shared/layout/issueView';
import type { Migration } from './types';

export const DEFAULT_SERIES_CLOSING: PrintableClosing = {
  lines: [
    { label: '报', text: '中心领导。' },
    { label: '送', text: '各相关省级部门（单位），中心各处（室）、直属单位。' },
    { label: '发', text: '各部门窗口。' },
  ],
  copies: 80,
};

const JSON_OR_NULL = (column: string) => `CHECK (${column} IS NULL OR json_valid(${column}))`;

export const migration002: Migration = {
  version: 2,
  name: 'print_layout',
  up(db) {
    db.exec(`
      ALTER TABLE series ADD COLUMN layout  TEXT ${JSON_OR_NULL('layout')};
      ALTER TABLE series ADD COLUMN closing TEXT ${JSON_OR_NULL('closing')};
      ALTER TABLE issues ADD COLUMN closing TEXT ${JSON_OR_NULL('closing')};
    `);
    db.prepare('UPDATE series SET closing = ? WHERE id = (SELECT min(id) FROM series)').run(JSON.stringify(DEFAULT_SERIES_CLOSING));
  },
};
