/**
 * Bytes ⇄ base64 without a data URL round trip (contract strings carry picture bytes as base64).
 * Chromium has both conversions built in (Uint8Array.fromBase64 / toBase64): six times faster than
 * atob and a copy loop here (10 photos of 700 KB: 6 ms against 35 ms), which an issue with photos
 * pays on opening. The loops remain for runtimes without them (Node, jsdom).
 */

const CHUNK = 0x8000;

interface NativeBase64 {
  fromBase64?: (base64: string) => Uint8Array<ArrayBuffer>;
}
const native = Uint8Array as unknown as NativeBase64;
type ToBase64 = { toBase64?: () => string };

export function bytesToBase64(bytes: Uint8Array): string {
  const toBase64 = (bytes as ToBase64).toBase64;
  if (toBase64) return toBase64.call(bytes);
  let binary = '';
  // fromCharCode over a whole photo would overflow the argument list: go in 32 KiB chunks.
  for (let at = 0; at < bytes.length; at += CHUNK) binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  if (native.fromBase64) return native.fromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
