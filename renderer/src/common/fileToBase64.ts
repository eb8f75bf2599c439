/** A chosen file's bytes as base64, the form in which the contract (JSON only) carries files to the host. */
import { bytesToBase64 } from './base64';

function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  // jsdom's File has no arrayBuffer(); FileReader reads it there.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

export async function fileToBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await readBytes(file)));
}
