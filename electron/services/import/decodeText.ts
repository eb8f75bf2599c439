/**
 * A .txt file's bytes to text. Clerks' files are UTF-8 (with or without BOM), GBK from older Windows
 * tools, or occasionally UTF-16 from Notepad: a BOM decides, then strict UTF-8, then GBK. Bytes that
 * no text has (NUL, most control characters) mean a binary file renamed .txt.
 */

/** Returns the text, or null when the bytes are not text in any of those encodings. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return null;
  return strict('utf-8', body) ?? strict('gbk', body);
}

function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return looksLikeText(text) ? text : null;
  } catch {
    return null;
  }
}

/** NUL bytes never occur in UTF-8 or GBK text. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/** Control characters other than tab, line breaks and form feed: a few are tolerated, many are not text. */
function looksLikeText(text: string): boolean {
  if (text.length === 0) return true;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0x7f) controls++;
  }
  return controls <= Math.max(2, text.length / 1000);
}
