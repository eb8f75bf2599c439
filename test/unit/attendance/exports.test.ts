/** A generated section in the three exports: its stored lines as ordinary body paragraphs. */
import { describe, expect, it } from 'vitest';
import { generated, numbered } from '../../../shared/document/types';
import { paragraphs, part, text, unzipDocx } from '../export/docxXml';
import { DEFAULT_SERIES_ID, harness, meta } from '../services/helpers';
import { SAMPLE_2024_07_04_ATTENDANCE } from './sampleRows';

async function stored() {
  const h = harness();
  const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
  await h.value('issues.saveDocument', {
    id: issue.id,
    document: {
      schemaVersion: 2,
      blocks: [numbered(1, '考勤情况'), generated('attendance', SAMPLE_2024_07_04_ATTENDANCE), numbered(1, '其他')],
    },
  });
  return { h, id: issue.id };
}

describe('generated section in the exports', () => {
  it('text: one line per stored line, between the numbered sections', async () => {
    const { h, id } = await stored();
    const lines = (await h.value('issues.exportText', { id })).split('\n');
    const at = lines.indexOf('一、考勤情况');
    expect(lines.slice(at, at + 6)).toEqual(['一、考勤情况', ...SAMPLE_2024_07_04_ATTENDANCE, '二、其他']);
  });

  it('DOCX: one body paragraph per line, in the order stored', async () => {
    const { h, id } = await stored();
    const answer = await h.value('export.docx', { id });
    const xml = part(await unzipDocx(new Uint8Array(Buffer.from(answer.base64, 'base64'))), 'word/document.xml');
    const texts = paragraphs(xml).map(text);
    const at = texts.indexOf(SAMPLE_2024_07_04_ATTENDANCE[0]!);
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at, at + 4)).toEqual(SAMPLE_2024_07_04_ATTENDANCE);
  });

  it('print HTML: the lines are in the flow as body text', async () => {
    const { h, id } = await stored();
    const { html } = await h.value('export.printHtml', { id, mode: 'print' });
    const flat = html.replace(/<[^>]*>/g, '').replace(/\s+/g, '');
    expect(flat).toContain(SAMPLE_2024_07_04_ATTENDANCE.join(''));
  });
});
