/**
 * Issue 13 items 5 and 6: a malformed table is refused as INVALID_INPUT (it used to crash inside the
 * schema, outside the dispatcher's error handling), and an error repeats only a bounded part of what
 * it was sent.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ERROR_MESSAGE_CHARS } from '../../../electron/services/dispatch';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta } from '../services/helpers';

const table = (fields: Record<string, unknown>) => ({ type: 'table', rows: [['a']], headerRows: 1, children: [{ text: '' }], ...fields });

describe('a malformed table is a refusal, not a crash', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['no rows', { rows: [] }],
    ['rows that are not arrays', { rows: [null, 'x'] }],
    ['a first row that is not an array', { rows: [7] }],
    ['rows as an object', { rows: { 0: ['a'] } }],
    ['column widths without rows', { rows: [], columnWidths: [1] }],
    ['ragged rows', { rows: [['a', 'b'], ['c']] }],
  ];
  it.each(cases)('%s', async (_name, fields) => {
    const h = harness();
    const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    const before = dumpDatabase(h.db);
    const result = await h.raw('issues.saveDocument', { id: issue.id, document: { schemaVersion: 2, blocks: [table(fields)] } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toMatch(/^请求内容不正确：/);
    }
    expect(dumpDatabase(h.db)).toBe(before);
  });
});

describe('an error reply is bounded', () => {
  it('a million unknown keys to app.info give a short message', async () => {
    const h = harness();
    const input: Record<string, number> = {};
    for (let i = 0; i < 1_000_000; i++) input[`k${i}`] = i;
    const result = await h.raw('app.info', input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(Array.from(result.error.message).length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_CHARS);
    }
    expect(JSON.stringify(result).length).toBeLessThan(4_000);
  }, 60_000);

  it('a long path of nested arrays is cut too', async () => {
    const h = harness();
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = await h.raw('issues.saveDocument', { id: 1, document: { schemaVersion: 2, blocks: deep } });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result).length).toBeLessThan(4_000);
  });
});
