/** Files chosen in the workbench: which ones to import, and their bytes as base64 for the contract. */
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES, OLD_FORMAT_EXTENSIONS, OLD_FORMAT_REASON } from '../../../shared/contract/importChannels';

export { fileToBase64 } from '../common/fileToBase64';

/**
 * What a picked file (by its name or path in the folder) is to the import: a briefing to read; a .doc
 * or .wps of the archive, listed with why it cannot be read, so the clerk knows that issue is not in;
 * or nothing of the archive (Thumbs.db, the ~$ owner file Word keeps beside an open document), passed
 * over.
 */
export function briefingFileKind(name: string): 'briefing' | 'oldFormat' | null {
  const base = (name.split('/').pop() ?? name).toLowerCase();
  if (base.startsWith('~$')) return null;
  if (IMPORT_EXTENSIONS.some((ext) => base.endsWith(ext))) return 'briefing';
  return OLD_FORMAT_EXTENSIONS.some((ext) => base.endsWith(ext)) ? 'oldFormat' : null;
}

export function isImportable(name: string): boolean {
  return briefingFileKind(name) !== null;
}

/** A refusal the renderer can give without reading the file (the host checks again). */
export function precheck(file: File): string | null {
  if (briefingFileKind(file.name) === 'oldFormat') return `无法导入“${file.name}”：${OLD_FORMAT_REASON}`;
  if (file.size === 0) return `无法导入“${file.name}”：这是一个空文件。`;
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return `无法导入“${file.name}”：文件太大（${mb(file.size)}），超过导入上限 ${mb(MAX_IMPORT_BYTES)}。一期简报通常不到 1 MB，请确认选择的是简报文件。`;
  }
  return null;
}

/** The name shown for a file from a folder: its path inside the folder. */
export function displayName(file: File): string {
  const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
  return relative && relative !== '' ? relative : file.name;
}
