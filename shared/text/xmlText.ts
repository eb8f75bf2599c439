/**
 * Characters XML 1.0 cannot hold: C0 controls other than tab, line feed and carriage return, lone
 * surrogate halves, U+FFFE and U+FFFF. One of them anywhere in a DOCX part makes Word and LibreOffice
 * refuse the whole file, and they only reach us as debris (a pasted PDF, a damaged file, a fuzzer), so
 * they are taken out where text enters (every contract schema, import, roster) and once more by the
 * DOCX writer itself. Stripped rather than refused: the clerk's paragraph must not be lost over an
 * invisible character.
 */
import { z } from 'zod';

const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function hasXmlInvalid(text: string): boolean {
  XML_INVALID.lastIndex = 0;
  const found = XML_INVALID.test(text);
  XML_INVALID.lastIndex = 0;
  return found;
}

/** The text without the characters XML 1.0 cannot hold (linear; the same string when it has none). */
export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}

/**
 * The string schema every contract and document field uses: a `z.string()` that first takes out what
 * XML cannot hold, so what is validated, stored and printed has none. Still a ZodString, so `.trim()`,
 * `.max()` and `.regex()` chain as before.
 */
export function xmlText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite(stripXmlInvalid);
}

/**
 * A copy of a plain-data value (objects, arrays, strings, numbers) with every string stripped; the
 * value itself when nothing needed stripping. Linear in the size of the value.
 */
export function stripXmlInvalidDeep<T>(value: T): T {
  if (typeof value === 'string') return stripXmlInvalid(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item: unknown) => {
      const clean = stripXmlInvalidDeep(item);
      if (clean !== item) changed = true;
      return clean;
    });
    return (changed ? out : value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const clean = stripXmlInvalidDeep(item);
      if (clean !== item) changed = true;
      out[key] = clean;
    }
    return (changed ? out : value) as T;
  }
  return value;
}
