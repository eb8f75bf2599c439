/** Files chosen in the workbench: which ones to import, and their bytes as base64 for the contract. */
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from '../../../shared/contract/importChannels';

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

function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await readBytes(file));
  let binary = '';
  // btoa takes a binary string; build it in chunks so large files do not overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The name shown for a file from a folder: its path inside the folder. */
export function displayName(file: File): string {
  const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
  return relative && relative !== '' ? relative : file.name;
}
