/**
 * Series and templates (issue 5): series settings, section templates, statistics, 增刊 and finalizing.
 *
 * - series: whether the period line prints, and the per-recipient copy plan (JSON, null = typed count).
 * - issues: `supplement` (增刊 are numbered on their own, so the live-number index now includes it),
 *   `status` draft/final and `finalized_at`; issue_status_log records every finalize and reopen.
 * - template_sections: a series' ordered sections; `block` is JSON checked by the table module.
 * - metric_groups → metrics → issue_figures: the statistics. A metric that has figures cannot be
 *   deleted (RESTRICT): the handler says so in Chinese before SQLite would.
 *
 * The series 001 created (the lowest id, see below) gets the two metric groups its issues print
 * (shared/samples): the 综窗 figures of each week and the platform's year-to-date 受理/办结 figures,
 * groups and metrics inserted in the order of SEED_METRIC_GROUPS, so their ids are 1–2 and 1–10.
 */
import type { Migration } from './types';

const JSON_OR_NULL = (column: string) => `CHECK (${column} IS NULL OR json_valid(${column}))`;

interface SeedGroup {
  name: string;
  mode: 'period' | 'cumulative';
  lead: string;
  metrics: { label: string; unit: string; category: string }[];
}

const pair = (category: string) => [
  { label: '受理', unit: '件', category },
  { label: '办结', unit: '件', category },
];

export const SEED_METRIC_GROUPS: readonly SeedGroup[] = [
  {
    name: '省本级综窗办件情况',
    mode: 'period',
    lead: '',
    metrics: [
      { label: '咨询', unit: '人次', category: '' },
      { label: '受理', unit: '件', category: '' },
      { label: '颁发', unit: '件', category: '' },
      { label: '流转', unit: '件次', category: '' },
    ],
  },
  {
    name: '省级政务服务事项受理办理情况',
    mode: 'cumulative',
    lead: '据四川一体化政务服务平台数据统计，',
    metrics: [...pair('省本级行政许可事项'), ...pair('公共服务事项'), ...pair('其它九类行权事项')],
  },
];

export const migration006: Migration = {
  version: 6,
  name: 'series_templates',
  up(db) {
    db.exec(`
      ALTER TABLE series ADD COLUMN print_period INTEGER NOT NULL DEFAULT 1 CHECK (print_period IN (0, 1));
      ALTER TABLE series ADD COLUMN copy_plan TEXT ${JSON_OR_NULL('copy_plan')};

      ALTER TABLE issues ADD COLUMN supplement INTEGER NOT NULL DEFAULT 0 CHECK (supplement IN (0, 1));
      ALTER TABLE issues ADD COLUMN status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final'));
      ALTER TABLE issues ADD COLUMN finalized_at TEXT;
      DROP INDEX issues_live_number;
      CREATE UNIQUE INDEX issues_live_number ON issues (series_id, year, supplement, number) WHERE deleted_at IS NULL;
      -- The masthead line of a 增刊 differs: the search index must follow.
      CREATE TRIGGER issues_search_supplement AFTER UPDATE OF supplement ON issues BEGIN
        INSERT OR IGNORE INTO search_stale (issue_id) VALUES (new.id);
      END;

      CREATE TABLE issue_status_log (
        id       INTEGER PRIMARY KEY,
        issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
        action   TEXT    NOT NULL CHECK (action IN ('finalize', 'reopen')),
        at       TEXT    NOT NULL,
        note     TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 500)
      ) STRICT;
      CREATE INDEX issue_status_log_issue ON issue_status_log (issue_id, id);

      CREATE TABLE template_sections (
        id           INTEGER PRIMARY KEY,
        series_id    INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
        position     INTEGER NOT NULL CHECK (position >= 0),
        level        INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
        title        TEXT    NOT NULL CHECK (length(title) <= 200),
        default_text TEXT    NOT NULL CHECK (length(default_text) <= 20000),
        keep_text    INTEGER NOT NULL CHECK (keep_text IN (0, 1)),
        block        TEXT    ${JSON_OR_NULL('block')},
        UNIQUE (series_id, position)
      ) STRICT;

      -- AUTOINCREMENT: statistics blocks in stored documents name their group by id, so a deleted
      -- group's id must never come back as another group's.
      CREATE TABLE metric_groups (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        series_id INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
        position  INTEGER NOT NULL CHECK (position >= 0),
        name      TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        mode      TEXT    NOT NULL CHECK (mode IN ('period', 'cumulative')),
        lead      TEXT    NOT NULL CHECK (length(lead) <= 500)
      ) STRICT;
      CREATE INDEX metric_groups_series ON metric_groups (series_id, position);

      CREATE TABLE metrics (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        group_id INTEGER NOT NULL REFERENCES metric_groups (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        label    TEXT    NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
        unit     TEXT    NOT NULL CHECK (length(unit) <= 20),
        category TEXT    NOT NULL CHECK (length(category) <= 200)
      ) STRICT;
      CREATE INDEX metrics_group ON metrics (group_id, position);

      CREATE TABLE issue_figures (
        issue_id  INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
        metric_id INTEGER NOT NULL REFERENCES metrics (id) ON DELETE RESTRICT,
        value     INTEGER CHECK (value IS NULL OR value >= 0),
        total     INTEGER CHECK (total IS NULL OR total >= 0),
        PRIMARY KEY (issue_id, metric_id)
      ) STRICT;
      CREATE INDEX issue_figures_metric ON issue_figures (metric_id);
    `);

    // The lowest id, chosen explicitly (min, not the first row SQLite happens to return): before this
    // version no series could be deleted and the import only appended series, so the lowest id is the
    // weekly 001 created, whose issues print these figures. A file edited outside BriefDesk gets them on
    // its lowest-id series all the same (statistics.saveGroups can change them afterwards); released
    // databases hold exactly this, so the choice must not change (test/unit/services/migration006.test.ts).
    const first = db.prepare('SELECT min(id) AS id FROM series').get() as { id: number | null };
    if (first.id === null) return;
    const insertGroup = db.prepare('INSERT INTO metric_groups (series_id, position, name, mode, lead) VALUES (?, ?, ?, ?, ?)');
    const insertMetric = db.prepare('INSERT INTO metrics (group_id, position, label, unit, category) VALUES (?, ?, ?, ?, ?)');
    SEED_METRIC_GROUPS.forEach((group, g) => {
      const groupId = Number(insertGroup.run(first.id, g, group.name, group.mode, group.lead).lastInsertRowid);
      group.metrics.forEach((m, i) => insertMetric.run(groupId, i, m.label, m.unit, m.category));
    });
  },
};
