/**
 * Every block type through every official-layout serializer (issue 14): each fixture of
 * blockFixtures.ts, between two paragraphs, built as DOCX and as print HTML (the paginated pages),
 * must print something of its own in both. The markers are typed over the block union, so a new
 * block type does not compile until it says here what it prints.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../electron/services/export/docx/buildDocx';
import { blockItem, buildPrintHtml } from '../../../electron/services/export/print/buildPrintHtml';
import { mapPictureSource } from '../../../electron/services/export/pictureSource';
import type { BlockType } from '../../../shared/document/types';
import { toPrintableIssue, type PrintableIssue } from '../../../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { fixtureIssue, weekly2022n28 } from '../../fixtures/issues';
import { doc } from '../../fixtures/issues/build';
import { part, text, unzipDocx } from '../export/docxXml';
import { BLOCK_FIXTURES, BLOCK_TYPES, bodyAround, FIXTURE_PICTURE } from './blockFixtures';

const layout = DEFAULT_LAYOUT;
const pictures = mapPictureSource([
  {
    id: FIXTURE_PICTURE.id,
    mime: FIXTURE_PICTURE.mime,
    bytes: FIXTURE_PICTURE.bytes,
    pixelWidth: FIXTURE_PICTURE.width,
    pixelHeight: FIXTURE_PICTURE.height,
  },
]);

/** What of each fixture must be printed: text of it, and for a picture the image itself. */
const PRINTS: { [K in BlockType]: { text: string; image?: true } } = {
  paragraph: { text: '部署下周工作' },
  numbered: { text: '大厅巡查情况' },
  generated: { text: '出勤正常' },
  table: { text: '综合受理' },
  statistics: { text: '共计咨询2046人次' },
  picture: { text: '图为省中心主任在大厅检查工作', image: true },
};

function issueWith(type: BlockType): PrintableIssue {
  return toPrintableIssue(
    weekly2022n28.series,
    fixtureIssue({ ...weekly2022n28, document: doc(...bodyAround(BLOCK_FIXTURES[type])) }),
    weekly2022n28.closing,
  );
}

/** A measurement as a browser gives it: every item a line or two, so every block lands on a page. */
function printPages(issue: PrintableIssue): string {
  const count = blockItem(issue.blocks.length, issue) + (issue.closing ? 1 : 0);
  const items = Array.from({ length: count }, (_, i) => ({ lines: i === 0 ? 7 : 1, lineStarts: i === 0 ? null : [0] }));
  return buildPrintHtml(issue, layout, { fontBaseUrl: '/fonts/', mode: 'print', measurement: { items }, pictures });
}

const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');

describe.each(BLOCK_TYPES)('a %s block', (type) => {
  const expected = PRINTS[type];

  it('prints in the DOCX', async () => {
    const bytes = await buildDocx(issueWith(type), layout, pictures);
    const body = text(part(await unzipDocx(bytes), 'word/document.xml'));
    expect(body).toContain('前文。');
    expect(body).toContain(expected.text);
    const media = Object.keys((await JSZip.loadAsync(bytes)).files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(expected.image ? 1 : 0);
  });

  it('prints in the print HTML', () => {
    const html = printPages(issueWith(type));
    expect(visibleText(html)).toContain('后文');
    expect(visibleText(html)).toContain(expected.text);
    expect((html.match(/<img /g) ?? []).length).toBe(expected.image ? 1 : 0);
  });
});
