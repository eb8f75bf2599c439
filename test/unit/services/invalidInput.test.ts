/** Requests the UI could never send must be refused before they reach the database. */
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../shared/document/types';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta } from './helpers';

async function seeded() {
  const h = harness();
  const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
  const deleted = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 11 }) });
  await h.value('issues.delete', { id: deleted.id });
  return { h, id: issue.id };
}

const goodMeta = meta();

describe('invalid payloads', () => {
  const cases: [string, string, (id: number) => unknown, string][] = [
    ['a string id', 'issues.get', () => ({ id: '1' }), 'INVALID_INPUT'],
    ['a fractional id', 'issues.delete', () => ({ id: 1.5 }), 'INVALID_INPUT'],
    ['a negative id', 'issues.purge', () => ({ id: -1 }), 'INVALID_INPUT'],
    ['no input at all', 'issues.get', () => undefined, 'INVALID_INPUT'],
    ['an array instead of an object', 'issues.list', () => [DEFAULT_SERIES_ID], 'INVALID_INPUT'],
    ['an extra key', 'issues.delete', (id) => ({ id, force: true }), 'INVALID_INPUT'],
    ['an extra key in meta', 'issues.updateMeta', (id) => ({ id, meta: { ...goodMeta, note: 'x' } }), 'INVALID_INPUT'],
    [
      'a number as a string',
      'issues.create',
      () => ({ seriesId: DEFAULT_SERIES_ID, meta: { ...goodMeta, number: '12' } }),
      'INVALID_INPUT',
    ],
    ['a year out of range', 'issues.create', () => ({ seriesId: DEFAULT_SERIES_ID, meta: { ...goodMeta, year: 1999 } }), 'INVALID_INPUT'],
    [
      'an impossible date',
      'issues.create',
      () => ({ seriesId: DEFAULT_SERIES_ID, meta: { ...goodMeta, issueDate: '2024-02-30' } }),
      'INVALID_INPUT',
    ],
    ['a date in another format', 'issues.updateMeta', (id) => ({ id, meta: { ...goodMeta, issueDate: '2024/3/29' } }), 'INVALID_INPUT'],
    ['a bad propose date', 'issues.propose', () => ({ seriesId: DEFAULT_SERIES_ID, today: '2025-13-01' }), 'INVALID_INPUT'],
    [
      'half a period',
      'issues.create',
      () => ({ seriesId: DEFAULT_SERIES_ID, meta: { ...goodMeta, number: 20, periodEnd: null } }),
      'INVALID_INPUT',
    ],
    [
      'a period ending before it starts',
      'issues.updateMeta',
      (id) => ({ id, meta: { ...goodMeta, periodStart: '2024-03-29', periodEnd: '2024-03-25' } }),
      'INVALID_INPUT',
    ],
    ['an oversized part title', 'issues.updateMeta', (id) => ({ id, meta: { ...goodMeta, partTitle: '政'.repeat(201) } }), 'INVALID_INPUT'],
    ['an empty document', 'issues.saveDocument', (id) => ({ id, document: { schemaVersion: 1, blocks: [] } }), 'INVALID_INPUT'],
    [
      'an unknown block type',
      'issues.saveDocument',
      (id) => ({ id, document: { schemaVersion: 1, blocks: [{ type: 'image', children: [{ text: '' }] }] } }),
      'INVALID_INPUT',
    ],
    [
      'a bad numbering level',
      'issues.saveDocument',
      (id) => ({
        id,
        document: { schemaVersion: 1, blocks: [{ type: 'numbered', level: 5, display: 'heading', children: [{ text: 'x' }] }] },
      }),
      'INVALID_INPUT',
    ],
    [
      'a future schema version',
      'issues.saveDocument',
      (id) => ({ id, document: { ...emptyDocument(), schemaVersion: 3 } }),
      'INVALID_INPUT',
    ],
    [
      'an oversized leaf',
      'issues.saveDocument',
      (id) => ({ id, document: { schemaVersion: 1, blocks: [{ type: 'paragraph', children: [{ text: 'x'.repeat(100_001) }] }] } }),
      'INVALID_INPUT',
    ],
    [
      'a leaf with an unknown mark',
      'issues.saveDocument',
      (id) => ({ id, document: { schemaVersion: 1, blocks: [{ type: 'paragraph', children: [{ text: 'x', italic: true }] }] } }),
      'INVALID_INPUT',
    ],
    ['an unknown issue', 'issues.saveDocument', () => ({ id: 9999, document: emptyDocument() }), 'NOT_FOUND'],
    ['an unknown issue to update', 'issues.updateMeta', () => ({ id: 9999, meta: goodMeta }), 'NOT_FOUND'],
    ['an unknown issue to delete', 'issues.delete', () => ({ id: 9999 }), 'NOT_FOUND'],
    ['an unknown issue to restore', 'issues.restore', () => ({ id: 9999 }), 'NOT_FOUND'],
    ['an unknown issue to purge', 'issues.purge', () => ({ id: 9999 }), 'NOT_FOUND'],
    ['an unknown series', 'issues.create', () => ({ seriesId: 77, meta: { ...goodMeta, number: 30 } }), 'NOT_FOUND'],
    ['an unknown series to propose for', 'issues.propose', () => ({ seriesId: 77 }), 'NOT_FOUND'],
    ['an unknown channel', 'issues.drop', () => ({}), 'UNKNOWN_CHANNEL'],
  ];

  it.each(cases)('refuses %s (%s) and changes nothing', async (_name, channel, input, code) => {
    const { h, id } = await seeded();
    const before = dumpDatabase(h.db);
    const result = await h.raw(channel, input(id));
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.code).toBe(code);
    expect(result.ok ? '' : result.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('refuses to update the meta of an issue in the recycle bin', async () => {
    const { h } = await seeded();
    const [deleted] = await h.value('issues.listDeleted', {});
    const before = dumpDatabase(h.db);
    const result = await h.call('issues.updateMeta', { id: deleted!.id, meta: meta({ number: 40 }) });
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
    expect(dumpDatabase(h.db)).toBe(before);
  });
});
