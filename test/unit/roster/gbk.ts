/**
 * GBK encoding for test files: Node has a GBK decoder but no encoder, so the table is built by
 * decoding every two-byte code once. ASCII stays as it is.
 */
let table: Map<string, [number, number]> | undefined;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(char)) table.set(char, [lead, trail]);
      } catch {
        // not a GBK code
      }
    }
  }
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = gbkTable().get(char);
    if (!pair) throw new Error(`no GBK code for ${char}`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}
