/**
 * Roster import over the channels: CSV in UTF-8 (with and without BOM) and GBK, XLSX; a preview that
 * reports every bad row and stores nothing; a commit that stores the good rows in one transaction.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectFormat } from '../../../electron/services/roster/readTable';
import { ROSTER_FIXTURE, rosterFixtureCsv, seedRoster } from '../../fixtures/roster';
import { harness } from '../services/helpers';
import { dumpDatabase } from './dump';
import { encodeGbk } from './gbk';

const b64 = (bytes: Uint8Array | string) =>
  Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).toString('base64');

/** Five people, two new departments, and four bad rows (rows 6, 7, 8, 9). */
const MIXED_CSV = [
  '姓名,职务,部门,部门全称', // columns in another order
  '游文慧,,民政厅,四川省民政厅',
  '杨伟,二级巡视员,民政厅,',
  '黎熹,,自然资源厅,四川省自然资源厅',
  '王伟,处长,民政厅,',
  ',科员,民政厅,', // row 6: empty name
  '张三,,新设厅,', // row 7: a department not yet in the roster: created, without a full name
  '游文慧,,民政厅,', // row 8: duplicate of row 2
  '李四,,自然资源厅,四川省自然资源局', // row 9: other full name than row 4
  '',
].join('\r\n');

async function xlsxBase64(rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
}

describe('reading roster files', () => {
  it('decodes UTF-8 with and without BOM, and falls back to GBK', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('部门,姓名'))).toEqual({ text: '部门,姓名', encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('部门')]);
    expect(decodeCsvBytes(withBom)).toEqual({ text: '部门', encoding: 'utf-8' });
    expect(decodeCsvBytes(encodeGbk('部门,姓名\r\n民政厅,游文慧'))).toEqual({ text: '部门,姓名\r\n民政厅,游文慧', encoding: 'gbk' });
  });

  it('knows CSV and XLSX by name and refuses other formats in Chinese', () => {
    expect(detectFormat('名册.CSV', new Uint8Array([0x41]))).toBe('csv');
    expect(detectFormat('a.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('xlsx');
    expect(() => detectFormat('a.xls', new Uint8Array())).toThrow('不支持旧版 Excel 格式');
    expect(() => detectFormat('a.docx', new Uint8Array())).toThrow('只能导入 CSV 或 XLSX 文件');
    expect(() => detectFormat('a.xlsx', new TextEncoder().encode('部门'))).toThrow('不是有效的 XLSX 表格');
  });
});

describe('roster.previewImport', () => {
  it('reports statuses and every bad row with its reason, storing nothing', async () => {
    const h = harness();
    const minzheng = await h.value('roster.createDepartment', { name: '民政厅', fullName: '四川省民政厅' });
    await h.value('roster.createPerson', { departmentId: minzheng.id, name: '杨伟', title: '一级调研员' });
    await h.value('roster.createPerson', { departmentId: minzheng.id, name: '游文慧' });
    const before = dumpDatabase(h.db);

    const preview = await h.value('roster.previewImport', { fileName: '名册.csv', base64: b64(MIXED_CSV) });
    expect(preview.rows.map((r) => [r.row, r.department, r.name, r.status, r.newDepartment])).toEqual([
      [2, '民政厅', '游文慧', 'unchanged', false],
      [3, '民政厅', '杨伟', 'updatedTitle', false],
      [4, '自然资源厅', '黎熹', 'newPerson', true],
      [5, '民政厅', '王伟', 'newPerson', false],
      [7, '新设厅', '张三', 'newPerson', true],
    ]);
    expect(preview.rows[1]).toMatchObject({ title: '二级巡视员', previousTitle: '一级调研员' });
    expect(preview.badRows).toEqual([
      { row: 6, reason: '民政厅的这一行姓名为空' },
      { row: 8, reason: '与第 2 行重复（民政厅游文慧）' },
      { row: 9, reason: '部门“自然资源厅”的全称“四川省自然资源局”与第 4 行的“四川省自然资源厅”不一致' },
    ]);
    expect(preview.departments).toEqual([
      { name: '民政厅', fullName: '四川省民政厅', status: 'unchanged' },
      { name: '自然资源厅', fullName: '四川省自然资源厅', status: 'newDepartment' },
      { name: '新设厅', fullName: '', status: 'newDepartment' },
    ]);
    expect(preview.counts).toEqual({
      newDepartments: 2,
      updatedDepartments: 0,
      newPeople: 3,
      updatedTitles: 1,
      reactivated: 0,
      unchanged: 1,
      bad: 3,
    });
    expect(preview.token).toMatch(/^[0-9a-f-]{36}$/);
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('reads a GBK CSV from Excel and a UTF-8 CSV with BOM the same way', async () => {
    const h = harness();
    const csv = rosterFixtureCsv();
    const gbk = await h.value('roster.previewImport', { fileName: 'gbk.csv', base64: b64(encodeGbk(csv)) });
    const bom = await h.value('roster.previewImport', { fileName: 'bom.csv', base64: b64(`\uFEFF${csv}`) });
    expect(gbk.badRows).toEqual([]);
    expect(gbk.rows.map((r) => `${r.department}${r.name}`)).toEqual(bom.rows.map((r) => `${r.department}${r.name}`));
    expect(gbk.rows[3]).toMatchObject({ department: '民政厅', name: '游文慧', status: 'newPerson', newDepartment: true });
    expect(gbk.counts.newDepartments).toBe(ROSTER_FIXTURE.length);
  });

  it('reads XLSX with columns in any order and reports its bad rows by Excel row number', async () => {
    const h = harness();
    seedRoster(h.db);
    const base64 = await xlsxBase64([
      ['职务', '部门', '姓名'],
      ['二级巡视员', '水利厅', '刘金山'],
      ['副厅长', '商务厅', '尹奇志'],
      ['', '商务厅', ''],
      ['', '外交部', '某人'],
      ['', '', '某某'],
    ]);
    const before = dumpDatabase(h.db);
    const preview = await h.value('roster.previewImport', { fileName: 'roster.xlsx', base64 });
    expect(preview.rows.map((r) => [r.row, r.name, r.status])).toEqual([
      [2, '刘金山', 'unchanged'],
      [3, '尹奇志', 'updatedTitle'],
      [5, '某人', 'newPerson'],
    ]);
    expect(preview.departments.find((d) => d.name === '外交部')).toEqual({ name: '外交部', fullName: '', status: 'newDepartment' });
    expect(preview.badRows.map((b) => b.row)).toEqual([4, 6]);
    expect(preview.badRows[1]!.reason).toBe('姓名“某某”没有填写部门');
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('refuses a file without the 部门 and 姓名 headers, or that is not a roster file, with a Chinese message', async () => {
    const h = harness();
    const before = dumpDatabase(h.db);
    expect(await h.call('roster.previewImport', { fileName: 'a.csv', base64: b64('单位名,人\n民政厅,游文慧') })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('缺少“部门”“姓名”列') },
    });
    expect(await h.call('roster.previewImport', { fileName: 'a.xlsx', base64: b64('not a zip') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await h.call('roster.previewImport', { fileName: 'a.csv', base64: b64('') })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('没有任何内容') },
    });
    expect(dumpDatabase(h.db)).toBe(before);
  });
});

describe('roster.commitImport', () => {
  it('stores the good rows of the previewed file and lists the bad ones again', async () => {
    const h = harness();
    const minzheng = await h.value('roster.createDepartment', { name: '民政厅', fullName: '四川省民政厅' });
    await h.value('roster.createPerson', { departmentId: minzheng.id, name: '杨伟', title: '一级调研员' });
    await h.value('roster.createPerson', { departmentId: minzheng.id, name: '游文慧' });
    const preview = await h.value('roster.previewImport', { fileName: '名册.csv', base64: b64(MIXED_CSV) });
    const result = await h.value('roster.commitImport', { token: preview.token });
    expect(result.counts).toEqual(preview.counts);
    expect(result.badRows).toEqual(preview.badRows);
    const departments = await h.value('roster.listDepartments', {});
    expect(departments.map((d) => [d.name, d.fullName])).toEqual([
      ['民政厅', '四川省民政厅'],
      ['自然资源厅', '四川省自然资源厅'],
      ['新设厅', ''],
    ]);
    const people = await h.value('roster.listPeople', {});
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ['杨伟', '二级巡视员'],
      ['游文慧', ''],
      ['王伟', '处长'],
      ['黎熹', ''],
      ['张三', ''],
    ]);
    // The token is used up.
    expect(await h.call('roster.commitImport', { token: preview.token })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('imports the fixture roster from a file into an empty database, in roster order', async () => {
    const h = harness();
    await h.value('roster.commitImport', { fileName: 'roster.csv', base64: b64(encodeGbk(rosterFixtureCsv())) });
    const departments = await h.value('roster.listDepartments', {});
    expect(departments.map((d) => d.name)).toEqual(ROSTER_FIXTURE.map((d) => d.name));
    const people = await h.value('roster.listPeople', {});
    expect(people.map((p) => p.name)).toEqual(ROSTER_FIXTURE.flatMap((d) => d.people.map((p) => p.name)));
  });

  it('reactivates a deactivated person the file names', async () => {
    const h = harness();
    const seeded = seedRoster(h.db);
    const you = seeded.person('民政厅', '游文慧');
    await h.value('roster.setPersonActive', { id: you.id, active: false });
    const preview = await h.value('roster.previewImport', { fileName: 'a.csv', base64: b64('部门,姓名\n民政厅,游文慧\n') });
    expect(preview.rows).toEqual([
      { row: 2, department: '民政厅', name: '游文慧', title: '', status: 'reactivated', newDepartment: false },
    ]);
    await h.value('roster.commitImport', { token: preview.token });
    expect((await h.value('roster.listPeople', { query: 'ywh' })).map((p) => [p.name, p.active])).toEqual([['游文慧', true]]);
  });

  it('stores nothing when a write fails halfway (one transaction)', async () => {
    const h = harness();
    seedRoster(h.db);
    const before = dumpDatabase(h.db);
    // A trigger makes the third new person's insert fail after departments and two people were written.
    h.db.exec(`CREATE TEMP TRIGGER fail_third BEFORE INSERT ON people WHEN NEW.name = '丙' BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const csv = '部门,姓名,部门全称\n新厅,甲,四川省新厅\n新厅,乙,\n新厅,丙,\n民政厅,丁,\n';
    const result = await h.call('roster.commitImport', { fileName: 'a.csv', base64: b64(csv) });
    expect(result.ok).toBe(false);
    h.db.exec('DROP TRIGGER fail_third');
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('checks the rows again at commit time against the roster as it is then', async () => {
    const h = harness();
    const preview = await h.value('roster.previewImport', { fileName: 'a.csv', base64: b64('部门,姓名,部门全称\n甲厅,王伟,四川省甲厅\n') });
    expect(preview.counts.newDepartments).toBe(1);
    // Between preview and commit the clerk creates 甲厅 by hand: the commit adds 王伟 to it instead of failing.
    await h.value('roster.createDepartment', { name: '甲厅' });
    const result = await h.value('roster.commitImport', { token: preview.token });
    expect(result.counts).toMatchObject({ newDepartments: 0, updatedDepartments: 1, newPeople: 1 });
  });
});

describe('roster.exportXlsx', () => {
  it('round-trips: the exported file imports into an empty database as the same roster', async () => {
    const source = harness({ today: () => '2024-07-04' });
    const seeded = seedRoster(source.db);
    await source.value('roster.createDepartment', { name: '空厅', fullName: '四川省空厅' });
    await source.value('roster.setPersonActive', { id: seeded.person('水利厅', '潘艳艳').id, active: false });
    const exported = await source.value('roster.exportXlsx', {});
    expect(exported.fileName).toBe('人员名册-2024-07-04.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.base64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '部门', '姓名', '职务', '部门全称', '状态']);
    expect(sheet.getRow(2).values).toEqual([undefined, '科技厅', '高量', '二级巡视员', '四川省科学技术厅', '在用']);

    const target = harness();
    const result = await target.value('roster.commitImport', { fileName: exported.fileName, base64: exported.base64 });
    expect(result.badRows).toEqual([]);
    const sourceDepartments = (await source.value('roster.listDepartments', {})).map((d) => [d.name, d.fullName]);
    expect((await target.value('roster.listDepartments', {})).map((d) => [d.name, d.fullName])).toEqual(sourceDepartments);
    // Everyone comes back in roster order; the inactive 潘艳艳 comes back active (the import ignores 状态).
    const people = async (h: typeof source, includeInactive: boolean) =>
      (await h.value('roster.listPeople', { includeInactive })).map((p) => [p.name, p.title]);
    expect(await people(target, false)).toEqual(await people(source, true));
    expect(await people(target, false)).toContainEqual(['潘艳艳', '']);
  });
});
