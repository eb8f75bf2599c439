/** printPeriod = false: no period line in print, DOCX, text export or the masthead the search index holds. */
import { describe, expect, it } from 'vitest';
import { toPrintableIssue } from '../../../shared/layout/issueView';
import { fixtureIssue, weekly2022n28 } from '../../fixtures/issues';
import { part, text, unzipDocx } from '../export/docxXml';
import { DEFAULT_SERIES_ID, harness } from '../services/helpers';
import { htmlText, settings } from './seriesFixtures';

const PERIOD = '（8月22日—8月26日）';
const WEEKLY = settings({
  title: '窗口工作周报',
  issuer: '四川省政府政务服务和公共资源交易服务中心',
  periodKind: 'week',
  hasTotal: true,
  partTitle: '政务服务工作',
});

describe('printPeriod', () => {
  it('toPrintableIssue leaves the period line out when the series does not print it', () => {
    const issue = fixtureIssue(weekly2022n28);
    expect(toPrintableIssue({ ...weekly2022n28.series, printPeriod: true }, issue, null).periodLine).toBe(PERIOD);
    expect(toPrintableIssue({ ...weekly2022n28.series, printPeriod: false }, issue, null).periodLine).toBeNull();
  });

  it('the exports and the search index follow the setting, both ways', async () => {
    const h = harness();
    const { id } = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: weekly2022n28.meta });
    await h.value('issues.saveDocument', { id, document: weekly2022n28.document });
    const docx = async () =>
      text(
        part(await unzipDocx(new Uint8Array(Buffer.from((await h.value('export.docx', { id })).base64, 'base64'))), 'word/document.xml'),
      );
    const html = async () => htmlText((await h.value('export.printHtml', { id, mode: 'print' })).html);
    const mastheadHits = async () => (await h.value('archive.search', { query: '8月22日' })).hits.filter((hit) => hit.blockIndex === null);

    expect(await h.value('issues.exportText', { id })).toContain(PERIOD);
    expect(await docx()).toContain(PERIOD);
    expect(await html()).toContain(PERIOD);
    expect(await mastheadHits()).toHaveLength(1);

    await h.value('series.update', { id: DEFAULT_SERIES_ID, settings: { ...WEEKLY, printPeriod: false } });
    const plain = await h.value('issues.exportText', { id });
    expect(plain).not.toContain(PERIOD);
    expect(plain.split('\n').slice(0, 5)).toEqual([
      '窗口工作周报',
      '2022年第28期（总第403期）',
      '四川省政府政务服务和公共资源交易服务中心    2022年9月27日',
      '政务服务工作',
      '',
    ]);
    expect(await docx()).not.toContain(PERIOD);
    expect(await html()).not.toContain(PERIOD);
    expect(await mastheadHits()).toHaveLength(0);

    await h.value('series.update', { id: DEFAULT_SERIES_ID, settings: { ...WEEKLY, printPeriod: true } });
    expect(await h.value('issues.exportText', { id })).toContain(PERIOD);
    expect(await mastheadHits()).toHaveLength(1);
  });
});
