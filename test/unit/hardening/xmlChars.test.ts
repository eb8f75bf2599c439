/**
 * Issue 13 item 3: characters XML 1.0 cannot hold (U+FFFE, U+FFFF, C0 controls, lone surrogates)
 * never reach a DOCX: the contract takes them out of what is stored, and the writer itself takes
 * them out of whatever it is given, so the file always parses.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../electron/services/export/docx/buildDocx';
import { toPrintableIssue } from '../../../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { hasXmlInvalid, stripXmlInvalid, stripXmlInvalidDeep } from '../../../shared/text/xmlText';
import { fixtureIssue, weekly2022n28 } from '../../fixtures/issues';
import { part, unzipDocx } from '../export/docxXml';
import { DEFAULT_SERIES_ID, harness, meta } from '../services/helpers';

const BAD = '\uFFFE\uFFFF\u0000\u0007\u001B\uD800';
/** What XML 1.0 forbids in a part, whatever the serializer: the check LibreOffice's parser makes. */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the characters XML forbids are control characters
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('stripXmlInvalid', () => {
  it('keeps tab, line breaks, CJK, astral characters; drops the rest', () => {
    expect(stripXmlInvalid(`综\t窗\n${BAD}𠀀\r末`)).toBe('综\t窗\n𠀀\r末');
    expect(hasXmlInvalid('综窗\uFFFF')).toBe(true);
    expect(hasXmlInvalid('综窗𠀀')).toBe(false);
  });

  it('returns the same object when nothing needs stripping', () => {
    const value = { a: ['x', { b: 'y' }], n: 1 };
    expect(stripXmlInvalidDeep(value)).toBe(value);
    expect(stripXmlInvalidDeep({ a: ['x\uFFFF'] })).toEqual({ a: ['x'] });
  });
});

describe('the contract strips XML-invalid characters before storing', () => {
  it('a series title, a part title and a body paragraph keep their text without them', async () => {
    const h = harness();
    const series = await h.value('series.create', {
      settings: {
        title: `政务${BAD}窗口月报`,
        issuer: '省政务服务中心',
        periodKind: 'week',
        hasTotal: true,
        partTitle: null,
        printPeriod: true,
        copyPlan: null,
      },
      closing: null,
    });
    expect(series.title).toBe('政务窗口月报');
    const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ partTitle: `政务${BAD}服务` }) });
    expect(issue.partTitle).toBe('政务服务');
    await h.value('issues.saveDocument', {
      id: issue.id,
      document: { schemaVersion: 2, blocks: [{ type: 'paragraph', children: [{ text: `本周${BAD}综窗` }] }] },
    });
    const stored = await h.value('issues.get', { id: issue.id });
    expect(JSON.stringify(stored)).not.toMatch(XML_FORBIDDEN);
    const docx = await h.value('export.docx', { id: issue.id });
    const xml = part(await unzipDocx(Buffer.from(docx.base64, 'base64')), 'word/document.xml');
    expect(xml).toContain('本周综窗');
    expect(xml).not.toMatch(XML_FORBIDDEN);
  });
});

describe('the DOCX writer cannot emit one', () => {
  it('a printable issue full of them still gives parts XML can hold', async () => {
    const issue = toPrintableIssue(weekly2022n28.series, fixtureIssue(weekly2022n28), weekly2022n28.closing);
    const poisoned = {
      ...issue,
      seriesTitle: `${issue.seriesTitle}${BAD}`,
      issuer: `${issue.issuer}\uFFFE`,
      blocks: issue.blocks.map((block) => JSON.parse(JSON.stringify(block).replace(/窗口/g, '窗\\ufffe口\\u0007'))),
    };
    const parts = await unzipDocx(await buildDocx(poisoned, DEFAULT_LAYOUT));
    for (const [name, xml] of parts) expect(xml, name).not.toMatch(XML_FORBIDDEN);
    expect(part(parts, 'word/document.xml')).toContain('窗口工作动态');
  });
});
