/**
 * A cheap look at a request's shape before the schema sees it. No channel takes an object with more
 * than a few dozen fields or nests deeper than a handful of levels, yet zod spends seconds listing a
 * million unknown keys, and a deep enough nesting overflows its stack. One linear walk refuses both.
 */

/** Far above any schema's field count (the widest object has about twenty). */
export const MAX_KEYS_PER_OBJECT = 256;
/** Far above the deepest schema (an import draft's document: about eight levels). */
export const MAX_DEPTH = 64;

/** A Chinese reason when the input cannot be a valid request for any channel, else null. */
export function inputShapeProblem(raw: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: raw, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return `数据嵌套超过 ${MAX_DEPTH} 层`;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    let keys = 0;
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      if (++keys > MAX_KEYS_PER_OBJECT) return `一个对象的字段超过 ${MAX_KEYS_PER_OBJECT} 个`;
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, depth: depth + 1 });
    }
  }
  return null;
}
