/** Reading import files: the encodings a clerk's files come in, DOCX over its package, and bad input. */
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../electron/services/import';
import { decodeText } from '../../../electron/services/import/decodeText';
import { MAX_IMPORT_BYTES } from '../../../shared/contract/importChannels';
import { AppError } from '../../../shared/contract/result';
import { detectIncoming } from '../../../shared/import';
import { paragraphText, type IncomingDocument } from '../../../shared/import/incoming';
import { SAMPLE_ISSUES, weekly2022n28 } from '../../fixtures/issues';
import { fixtureDocx, sampleBytes } from './files';

/** GBK bytes of a short masthead, written out by hand (no encoder for GBK in Node). */
const GBK_TITLE = new Uint8Array([0xb4, 0xb0, 0xbf, 0xda, 0xb9, 0xa4, 0xd7, 0xf7, 0xd6, 0xdc, 0xb1, 0xa8]); // 窗口工作周报

function textOf(document: IncomingDocument): string {
  return document.blocks.map((block) => (block.kind === 'paragraph' ? paragraphText(block) : '')).join('\n');
}

async function refusal(fileName: string, bytes: Uint8Array): Promise<AppError> {
  const error = await readImportFile(fileName, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('text files', () => {
  it('reads UTF-8 with and without a BOM', async () => {
    const bytes = sampleBytes('weekly-2022-28.txt');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const plain = textOf(await readImportFile('a.txt', bytes));
    expect(textOf(await readImportFile('a.txt', withBom))).toBe(plain);
    expect(plain).toContain('窗口工作周报');
  });

  it('reads GBK when the bytes are not UTF-8', () => {
    expect(decodeText(GBK_TITLE)).toBe('窗口工作周报');
  });

  it('reads UTF-16 with a BOM', () => {
    const utf16 = Buffer.from('\ufeff窗口工作周报', 'utf16le');
    expect(decodeText(new Uint8Array(utf16))).toBe('窗口工作周报');
  });

  it('refuses a binary file renamed .txt, in Chinese, naming the file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = await refusal('照片.txt', png);
    expect(error.message).toContain('“照片.txt”');
    expect(error.message).toContain('不是文字');
  });

  it('refuses an empty file and a file of blank lines', async () => {
    expect((await refusal('空.txt', new Uint8Array())).message).toContain('空文件');
    expect((await refusal('空白.txt', new TextEncoder().encode(' \n\u3000\n'))).message).toContain('没有文字');
  });

  it('refuses a file over the limit before reading it', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const error = await refusal('大文件.txt', big);
    expect(error.message).toContain('文件太大');
    expect(error.message).toContain('20.0 MB');
  });

  it('refuses other types, and says what to do with a .doc', async () => {
    expect((await refusal('简报.pdf', new Uint8Array([1]))).message).toContain('.docx');
    expect((await refusal('旧简报.doc', new Uint8Array([1]))).message).toContain('另存为 .docx');
  });
});

describe('DOCX files', () => {
  it.each(SAMPLE_ISSUES.map((f) => [f.source, f] as const))(
    'a DOCX made from %s imports with the fixture’s sections, body and 报尾',
    async (_source, fixture) => {
      const detected = detectIncoming(await readImportFile('x.docx', await fixtureDocx(fixture)));
      expect(detected.document).toEqual(fixture.document);
      expect(detected.closing).toEqual(fixture.closing);
      expect(detected.issueDate).toBe(fixture.meta.issueDate);
      expect(detected.period).toEqual([fixture.meta.periodStart, fixture.meta.periodEnd]);
      expect([detected.year, detected.number, detected.totalNumber]).toEqual([
        fixture.meta.year,
        fixture.meta.number,
        fixture.meta.totalNumber,
      ]);
      expect(detected.seriesTitle).toBe(fixture.series.title);
      expect(detected.warnings).toEqual([]);
    },
  );

  it('refuses a damaged DOCX (a truncated ZIP) and a text file renamed .docx', async () => {
    const docx = await fixtureDocx(weekly2022n28);
    const damaged = await refusal('坏.docx', docx.slice(0, 400));
    expect(damaged.message).toContain('已损坏');
    const renamed = await refusal('改名.docx', new TextEncoder().encode('窗口工作周报'));
    expect(renamed.message).toContain('不是有效的 Word 文档');
  });
});

describe('DOCX with Word’s automatic numbering', () => {
  it('reads the list levels as section levels', async () => {
    const { Document, LevelFormat, Packer, Paragraph } = await import('docx');
    const numbered = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'cn', level } });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'cn',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '窗口工作周报' }),
            new Paragraph({ text: '2024年第22期（总第475期）' }),
            new Paragraph({ text: '四川省政府政务服务和公共资源交易服务中心\t2024年7月4日' }),
            numbered('政务工作动态', 0),
            numbered('综窗办件情况', 1),
            new Paragraph({ text: '本周，共计咨询2230人次。' }),
            numbered('考勤情况', 0),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const detected = detectIncoming(await readImportFile('自动编号.docx', bytes));
    expect(detected.sections).toEqual([
      { title: '政务工作动态', level: 1, children: [{ title: '综窗办件情况', level: 2, children: [] }] },
      { title: '考勤情况', level: 1, children: [] },
    ]);
    expect(detected.document.blocks[2]).toEqual({ type: 'paragraph', children: [{ text: '本周，共计咨询2230人次。' }] });
  });
});
