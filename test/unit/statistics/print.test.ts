/**
 * A statistics block's stored lines and rows print: the sentence as a body paragraph and the table
 * as a table, in the exported text and in the DOCX.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCHEMA_VERSION, numbered, statistics, type StatisticsElement } from '../../../shared/document/types';
import { elements, first, paragraphs, part, text, unzipDocx } from '../export/docxXml';
import { DEFAULT_SERIES_ID, harness, meta } from '../services/helpers';

async function issueWithStatistics() {
  const h = harness();
  const [period] = await h.value('statistics.groups', { seriesId: DEFAULT_SERIES_ID });
  const { id } = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 1, totalNumber: 401 }) });
  const view = await h.value('statistics.save', {
    issueId: id,
    groupId: period!.id,
    figures: period!.metrics.map((m, i) => ({ metricId: m.id, value: [2046, 705, 5233, 3529][i]!, total: null })),
  });
  // What the editor block writes into the document after a save.
  const sentence: StatisticsElement = { ...statistics(period!.id, 'sentence'), lines: view.lines, rows: view.rows };
  const table: StatisticsElement = { ...statistics(period!.id, 'table'), lines: view.lines, rows: view.rows };
  await h.value('issues.saveDocument', {
    id,
    document: { schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks: [numbered(1, '综窗改革攻坚行动'), sentence, table] },
  });
  return { h, id };
}

const SENTENCE =
  '本周，共计咨询2046人次、受理705件、颁发5233件、流转3529件次。今年以来，累计咨询2046人次、受理705件、颁发5233件、流转3529件次。';

describe('a statistics block in print', () => {
  it('reaches the exported text as the sentence and as the table rows', async () => {
    const { h, id } = await issueWithStatistics();
    const lines = (await h.value('issues.exportText', { id })).split('\n');
    expect(lines).toContain(SENTENCE);
    expect(lines).toContain('项目\t本周\t今年以来');
    expect(lines).toContain('咨询（人次）\t2046\t2046');
  });

  it('reaches the DOCX as a body paragraph and as a table with a cell per figure', async () => {
    const { h, id } = await issueWithStatistics();
    const { base64 } = await h.value('export.docx', { id });
    const xml = part(await unzipDocx(new Uint8Array(Buffer.from(base64, 'base64'))), 'word/document.xml');
    expect(paragraphs(xml).some((p) => text(p) === SENTENCE)).toBe(true);
    // The first table is the statistics one (the 报尾 is a floating table at the end).
    const rows = elements(first(xml, 'tbl')!, 'tr').map((tr) => elements(tr, 'tc').map((tc) => text(tc)));
    expect(rows.slice(0, 2)).toEqual([
      ['项目', '本周', '今年以来'],
      ['咨询（人次）', '2046', '2046'],
    ]);
    expect(rows).toHaveLength(5);
  });
});
