/**
 * The `template_sections` table: a series' section template, in order. The block column is JSON
 * checked against its stored shape both ways (storedShapes.ts, jsonColumn.ts). The template is always written
 * whole: the form edits the list and saves it as one.
 */
import { AppError } from '../../../shared/contract/result';
import type { NumberLevel } from '../../../shared/document/types';
import type { TemplateSection } from '../../../shared/templates/types';
import type { Db } from './connection';
import { parseJsonColumn, serializeJsonColumn } from './jsonColumn';
import { storedTemplateBlockShape } from './storedShapes';

interface TemplateSectionRow {
  id: number;
  series_id: number;
  position: number;
  level: number;
  title: string;
  default_text: string;
  keep_text: number;
  block: string | null;
}

function corrupt(seriesId: number): AppError {
  return new AppError(
    'INTERNAL',
    `数据库中编号为 ${seriesId} 的简报系列的章节模板无法识别。数据库未做任何改动；请联系维护人员检查数据库文件。`,
  );
}

function rowToSection(row: TemplateSectionRow): TemplateSection {
  if (row.level < 1 || row.level > 4) throw corrupt(row.series_id);
  return {
    level: row.level as NumberLevel,
    title: row.title,
    defaultText: row.default_text,
    keepText: row.keep_text === 1,
    block: parseJsonColumn(row.block, storedTemplateBlockShape, () => corrupt(row.series_id)),
  };
}

export function listTemplateSections(db: Db, seriesId: number): TemplateSection[] {
  const rows = db.prepare('SELECT * FROM template_sections WHERE series_id = ? ORDER BY position').all(seriesId) as TemplateSectionRow[];
  return rows.map(rowToSection);
}

/** Replaces the series' template (call inside a transaction with the checks that go with it). */
export function replaceTemplateSections(db: Db, seriesId: number, sections: readonly TemplateSection[]): void {
  db.prepare('DELETE FROM template_sections WHERE series_id = ?').run(seriesId);
  const insert = db.prepare(
    `INSERT INTO template_sections (series_id, position, level, title, default_text, keep_text, block)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  sections.forEach((section, position) => {
    insert.run(
      seriesId,
      position,
      section.level,
      section.title,
      section.defaultText,
      section.keepText ? 1 : 0,
      serializeJsonColumn(section.block, storedTemplateBlockShape, '模板中的段落'),
    );
  });
}

/** The metric groups the series' template puts statistics blocks of (a group in use cannot be deleted). */
export function templateGroupIds(db: Db, seriesId: number): Set<number> {
  const ids = new Set<number>();
  for (const section of listTemplateSections(db, seriesId)) {
    if (section.block?.kind === 'statistics') ids.add(section.block.groupId);
  }
  return ids;
}
