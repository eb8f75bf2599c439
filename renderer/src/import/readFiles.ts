/** Files chosen in the workbench: which ones to import, and their bytes as base64 for the contract. */
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from '../../../shared/contract/importChannels';

export { fileToBase64 } from '../common/fileToBase64';

export function isImportable(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A refusal the renderer can give without reading the file (the host checks again). */
export function precheck(file: File): string | null {
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
