/**
 * Reading a roster file into rows of cell texts: CSV (UTF-8 with or without BOM, or GBK as Excel in
 * Chinese Windows saves it) and XLSX (the first worksheet). Row numbers are the ones the clerk sees
 * in Excel, so a bad-row message can name the row.
 */
// exceljs takes about a second to load: imported when a spreadsheet is read or written, so every
// other command of the command line starts without it.
import type ExcelJS from 'exceljs';
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
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be' } {
  // Excel's "Unicode text" and many exports are UTF-16: with a BOM, or (rarely) without, when every
  // other byte of ASCII-heavy text is zero. Read as UTF-8 they lose every column name.
  const utf16 = utf16Encoding(bytes);
  if (utf16 && (utf16.bom || utf16.share >= 0.3)) return { text: new TextDecoder(utf16.encoding).decode(bytes), encoding: utf16.encoding };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    // Chinese-only UTF-16 has zeros only in its separators and line ends: never valid UTF-8 or GBK.
    if (utf16) return { text: new TextDecoder(utf16.encoding).decode(bytes), encoding: utf16.encoding };
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}

interface Utf16Guess {
  encoding: 'utf-16le' | 'utf-16be';
  bom: boolean;
  /** The share of code units with a zero byte in the sample (ASCII-heavy text: most of them). */
  share: number;
}

function utf16Encoding(bytes: Uint8Array): Utf16Guess | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true, share: 1 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true, share: 1 };
  // Without a BOM: the separators and line ends put zero bytes at odd (LE) or even (BE) offsets only.
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  const pairs = Math.max(1, sample.length / 2);
  if (oddZeros >= 2 && evenZeros === 0) return { encoding: 'utf-16le', bom: false, share: oddZeros / pairs };
  if (evenZeros >= 2 && oddZeros === 0) return { encoding: 'utf-16be', bom: false, share: evenZeros / pairs };
  return null;
}

function readCsv(bytes: Uint8Array): TableRow[] {
  const { text } = decodeCsvBytes(bytes);
  // Empty lines are kept (and skipped later) so that record numbers match the file's rows.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: '' });
  return parsed.data.map((cells, index) => ({ row: index + 1, cells: cells.map((c) => String(c)) }));
}

/** A date cell as the clerk typed it (2024-01-01), not JavaScript's `Mon Jan 01 2024 00:00:00 GMT…`. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // exceljs gives dates as UTC instants of the cell's wall-clock value.
  const iso = date.toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

function cellText(cell: ExcelJS.Cell): string {
  if (cell.value instanceof Date) return dateText(cell.value);
  const result = (cell.value as { result?: unknown } | null)?.result;
  if (result instanceof Date) return dateText(result);
  // `text` renders numbers, rich text and formula results the way Excel shows them.
  const text = cell.text;
  return typeof text === 'string' ? text : String(text ?? '');
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<TableRow[]> {
  // The archive's declared sizes are checked before exceljs inflates anything (a zip bomb is refused at once).
  listZipEntries(fileName, bytes);
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
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
