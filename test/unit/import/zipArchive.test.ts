/**
 * Archive caps (issue 13.9): a DOCX or XLSX whose central directory declares too much is refused before
 * anything is inflated — at once and without allocating it — with a Chinese message naming the file.
 */
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listZipEntries, readZipEntries } from '../../../electron/services/import/zipArchive';
import { readImportFile } from '../../../electron/services/import/readImportFile';
import { readRosterTable } from '../../../electron/services/roster/readTable';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;

/**
 * A small real archive whose entry `name` claims `claimed` uncompressed bytes in both its local and
 * central headers: what a zip bomb's directory says, without building the bomb.
 */
function archiveClaiming(files: Record<string, string>, name: string, claimed: number): Uint8Array {
  const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([n, text]) => [n, strToU8(text)])), { level: 6 });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const target = strToU8(name);
  for (let i = 0; i + 46 < bytes.length; i++) {
    const signature = view.getUint32(i, true);
    const isLocal = signature === LOCAL_HEADER;
    const isCentral = signature === CENTRAL_HEADER;
    if (!isLocal && !isCentral) continue;
    const nameLength = view.getUint16(i + (isLocal ? 26 : 28), true);
    const nameStart = i + (isLocal ? 30 : 46);
    const entryName = bytes.subarray(nameStart, nameStart + nameLength);
    if (entryName.length === target.length && entryName.every((b, k) => b === target[k])) {
      view.setUint32(i + (isLocal ? 22 : 24), claimed, true);
    }
  }
  return bytes;
}

const DOCX_PARTS = {
  '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
};

describe('zip archive caps', () => {
  it('lists the entries with their declared sizes', () => {
    const entries = listZipEntries('a.docx', zipSync({ 'a.xml': strToU8('x'.repeat(1000)) }));
    expect(entries).toEqual([{ name: 'a.xml', size: 1000 }]);
  });

  it('refuses an 800 MB entry in well under a second without inflating it', () => {
    const bomb = archiveClaiming(DOCX_PARTS, 'word/document.xml', 800 * 1024 * 1024);
    const heapBefore = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    expect(() => readZipEntries('周报.docx', bomb, () => true)).toThrow(/无法读取“周报\.docx”：解压后的内容超过 200 MB/);
    expect(performance.now() - started).toBeLessThan(500);
    // Nothing near the declared size was allocated.
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses an archive with too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 5_001; i++) files[`f${i}.xml`] = new Uint8Array(0);
    expect(() => listZipEntries('多.xlsx', zipSync(files))).toThrow(/超过 5000 个/);
  }, 30_000);

  it('says a truncated archive is damaged', () => {
    const bytes = zipSync({ 'a.xml': strToU8('abc') });
    expect(() => listZipEntries('坏.docx', bytes.subarray(0, bytes.length - 30))).toThrow(/可能已损坏/);
  });

  it('guards the DOCX import', async () => {
    const bomb = archiveClaiming(DOCX_PARTS, 'word/document.xml', 800 * 1024 * 1024);
    await expect(readImportFile('周报.docx', bomb)).rejects.toThrow(/解压后的内容超过 200 MB/);
  });

  it('guards the roster XLSX import', async () => {
    const bomb = archiveClaiming(
      { '[Content_Types].xml': '<Types/>', 'xl/worksheets/sheet1.xml': '<worksheet/>' },
      'xl/worksheets/sheet1.xml',
      900 * 1024 * 1024,
    );
    const started = performance.now();
    await expect(readRosterTable('名册.xlsx', bomb)).rejects.toThrow(/无法读取“名册\.xlsx”：解压后的内容超过/);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
