/**
 * Reading a roster file into rows of cell texts: CSV (UTF-8 with or without BOM, or GBK as Excel in
 * Chinese Windows saves it) and XLSX (the first worksheet). Row numbers are the ones the clerk sees
 * in Excel, so a bad-row message can name the row.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/contract/result';
import { listZipEntries } from '../import/zipArchive';

export interface TableRow {
  /** 1-based, as in Excel (CSV: the record's number). */
  row: number;
  cells: string[];
}

export type RosterFileFormat = 'csv' | 'xlsx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The format from the file name, checked against the content (an XLSX file is a ZIP archive). */
export function detectFormat(fileName: string, bytes: Uint8Array): RosterFileFormat {
  const lower = fileName.toLowerCase();
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (lower.endsWith('.xlsx')) {
    if (!isZip) throw new AppError('INVALID_INPUT', `文件“${fileName}”不是有效的 XLSX 表格，无法读取。`);
    return 'xlsx';
  }
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    if (isZip) throw new AppError('INVALID_INPUT', `文件“${fileName}”看起来是 Excel 表格而不是 CSV，请将扩展名改为 .xlsx 或另存为 CSV。`);
    return 'csv';
  }
  if (lower.endsWith('.xls')) {
    throw new AppError('INVALID_INPUT', `不支持旧版 Excel 格式（.xls）的文件“${fileName}”，请在 Excel 中另存为 .xlsx 或 CSV 后再导入。`);
  }
  throw new AppError('INVALID_INPUT', `只能导入 CSV 或 XLSX 文件，“${fileName}”不是这两种格式。`);
}

/**
 * CSV bytes as text: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise GBK, the
 * encoding Excel uses for "CSV" on Chinese Windows. Valid GBK text is almost never valid UTF-8.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}

function readCsv(bytes: Uint8Array): TableRow[] {
  const { text } = decodeCsvBytes(bytes);
  // Empty lines are kept (and skipped later) so that record numbers match the file's rows.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: '' });
  return parsed.data.map((cells, index) => ({ row: index + 1, cells: cells.map((c) => String(c)) }));
}

function cellText(cell: ExcelJS.Cell): string {
  // `text` renders numbers, dates, rich text and formula results the way Excel shows them.
  const text = cell.text;
  return typeof text === 'string' ? text : String(text ?? '');
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<TableRow[]> {
  // The archive's declared sizes are checked before exceljs inflates anything (a zip bomb is refused at once).
  listZipEntries(fileName, bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer over the same bytes is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('INVALID_INPUT', `文件“${fileName}”不是有效的 XLSX 表格，无法读取。`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col += 1) cells.push(cellText(row.getCell(col)));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

export async function readRosterTable(fileName: string, bytes: Uint8Array): Promise<TableRow[]> {
  return detectFormat(fileName, bytes) === 'xlsx' ? readXlsx(fileName, bytes) : readCsv(bytes);
}
