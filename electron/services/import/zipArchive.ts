/**
 * Opening a ZIP archive (DOCX, XLSX) safely: the central directory is read first and the archive is
 * refused before anything is inflated when it holds too many entries or would unpack to too much.
 * An 800 MB entry inside a 1 MB file (a "zip bomb") is thus refused in milliseconds, never allocated.
 *
 * fflate reads the directory; its filter sees each entry's declared sizes before inflating. An entry
 * that lies about its size cannot grow past the declared one either: fflate inflates into a buffer of
 * exactly the declared size.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { AppError } from '../../../shared/contract/result';

export interface ZipLimits {
  /** Entries in the archive (a real DOCX has a few dozen, an XLSX a few dozen more per sheet). */
  maxEntries: number;
  /** The sum of every entry's uncompressed size. */
  maxTotalBytes: number;
}

/** Generous for a briefing with photos or a roster of thousands, far below what would hurt the app. */
export const OFFICE_ZIP_LIMITS: ZipLimits = { maxEntries: 5_000, maxTotalBytes: 200 * 1024 * 1024 };

export interface ZipEntryInfo {
  name: string;
  size: number;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function refuse(fileName: string, why: string): AppError {
  return new AppError('INVALID_INPUT', `无法读取“${fileName}”：${why}`);
}

/**
 * The entries of the archive with their uncompressed sizes, after checking the limits. Throws a
 * Chinese AppError naming the file when the archive is too large or not a readable ZIP.
 */
export function listZipEntries(fileName: string, bytes: Uint8Array, limits: ZipLimits = OFFICE_ZIP_LIMITS): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  const check = (file: UnzipFileInfo): boolean => {
    entries.push({ name: file.name, size: file.originalSize });
    total += file.originalSize;
    if (entries.length > limits.maxEntries) {
      throw refuse(fileName, `压缩包中的文件超过 ${limits.maxEntries} 个，不像是正常的 Office 文档，已拒绝打开。`);
    }
    if (total > limits.maxTotalBytes) {
      throw refuse(fileName, `解压后的内容超过 ${megabytes(limits.maxTotalBytes)}，不像是正常的 Office 文档，已拒绝打开。`);
    }
    return false; // nothing is inflated in this pass
  };
  try {
    unzipSync(bytes, { filter: check });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(fileName, '文件不是完整的压缩包（Office 文档），可能已损坏。');
  }
  return entries;
}

/**
 * The wanted entries inflated (`wanted` decides by name), after the limits were checked on the whole
 * archive. Missing entries are simply absent from the answer.
 */
export function readZipEntries(
  fileName: string,
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = OFFICE_ZIP_LIMITS,
): Map<string, Uint8Array> {
  listZipEntries(fileName, bytes, limits);
  try {
    const files = unzipSync(bytes, { filter: (file) => wanted(file.name) });
    return new Map(Object.entries(files));
  } catch {
    throw refuse(fileName, '压缩包中的内容已损坏，无法解压。');
  }
}
