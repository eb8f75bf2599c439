/**
 * Issue 13 item 10: roster files as they really come. An XLSX date cell reads as the date typed, not
 * JavaScript's Date text; NUL and BEL never reach a name; UTF-16 CSV (Excel's "Unicode text") is
 * read; an export guards formula-like cells so a spreadsheet never runs them, and imports back whole.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../electron/services/roster/readTable';
import { harness } from '../services/helpers';

const b64 = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64');

function utf16le(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

describe('roster import of real files', () => {
  it('an XLSX date cell becomes 2024-01-01', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['部门', '姓名', '职务', '部门全称']);
    sheet.addRow(['民政厅', '游文慧', new Date(Date.UTC(2024, 0, 1)), '四川省民政厅']);
    const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const h = harness();
    const preview = await h.value('roster.previewImport', { fileName: '名册.xlsx', base64: b64(bytes) });
    expect(preview.rows.map((r) => r.title)).toEqual(['2024-01-01']);
  });

  it('NUL, BEL and line breaks never reach a stored name', async () => {
    const h = harness();
    const csv = '部门,姓名,职务,部门全称\n民政厅,游\u0000文\u0007慧,"处\n长",四川省民政厅\n';
    await h.value('roster.commitImport', { fileName: '名册.csv', base64: b64(Buffer.from(csv)) });
    const people = await h.value('roster.listPeople', {});
    expect(people.map((p) => [p.name, p.title])).toEqual([['游文慧', '处 长']]);
  });

  it('reads UTF-16 CSV with or without a BOM, tab- or comma-separated', async () => {
    const text = '部门\t姓名\t职务\t部门全称\r\n民政厅\t游文慧\t处长\t四川省民政厅\r\n';
    expect(decodeCsvBytes(utf16le(text)).encoding).toBe('utf-16le');
    expect(decodeCsvBytes(utf16le(text, false))).toEqual({ text, encoding: 'utf-16le' });
    const be = Buffer.from(utf16le(text, false)).swap16();
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text, encoding: 'utf-16be' });
    const h = harness();
    const preview = await h.value('roster.previewImport', { fileName: '名册.csv', base64: b64(utf16le(text)) });
    expect(preview.badRows).toEqual([]);
    expect(preview.rows.map((r) => r.name)).toEqual(['游文慧']);
    const comma = await h.value('roster.previewImport', { fileName: '名册.csv', base64: b64(utf16le(text.replace(/\t/g, ','))) });
    expect(comma.rows.map((r) => r.name)).toEqual(['游文慧']);
  });
});

describe('roster export guards formula-like cells', () => {
  it('writes them after an apostrophe and imports them back unchanged', async () => {
    const source = harness();
    const department = await source.value('roster.createDepartment', { name: '=民政厅', fullName: '+四川省民政厅' });
    await source.value('roster.createPerson', { departmentId: department.id, name: '@游文慧', title: '-1+1' });
    await source.value('roster.createPerson', { departmentId: department.id, name: '杨伟', title: '处长' });
    const exported = await source.value('roster.exportXlsx', {});
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.base64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([undefined, "'=民政厅", "'@游文慧", "'-1+1", "'+四川省民政厅", '在用']);
    expect(sheet.getRow(3).values).toEqual([undefined, "'=民政厅", '杨伟', '处长', "'+四川省民政厅", '在用']);
    // No cell is a formula.
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));

    const target = harness();
    await target.value('roster.commitImport', { fileName: exported.fileName, base64: exported.base64 });
    expect((await target.value('roster.listDepartments', {})).map((d) => [d.name, d.fullName])).toEqual([['=民政厅', '+四川省民政厅']]);
    expect((await target.value('roster.listPeople', {})).map((p) => [p.name, p.title])).toEqual([
      ['@游文慧', '-1+1'],
      ['杨伟', '处长'],
    ]);
  });
});
