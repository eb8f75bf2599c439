/**
 * Issue 13 proof: a seeded, bounded fuzz over every channel of the contract. Each run sends 2,000
 * payloads (FUZZ_PAYLOADS to change) built from a seed it prints (FUZZ_SEED=<n> replays one) and
 * asserts: no reply is INTERNAL (a bug) or malformed, every refusal is a Chinese sentence and left
 * the whole database dump as it was, no error over 4 KB and no answer over 2 MB.
 */
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/contract/channels';
import { ERROR_CODES } from '../../../shared/contract/result';
import { addIssue, makeHarness, paragraph } from '../archive/harness';
import { dumpDatabase } from '../services/helpers';

const PAYLOADS = Number(process.env.FUZZ_PAYLOADS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const MAX_ERROR_BYTES = 4_000;
const MAX_ANSWER_BYTES = 2_000_000;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Field names the contract uses, so objects often hit real fields with wrong or odd values. */
const KEYS = [
  'id',
  'seriesId',
  'issueId',
  'savePointId',
  'departmentId',
  'personId',
  'groupId',
  'meta',
  'document',
  'blocks',
  'schemaVersion',
  'type',
  'children',
  'text',
  'rows',
  'headerRows',
  'query',
  'name',
  'fullName',
  'title',
  'fileName',
  'base64',
  'token',
  'closing',
  'lines',
  'label',
  'copies',
  'settings',
  'entries',
  'visits',
  'start',
  'end',
  'year',
  'number',
  'totalNumber',
  'issueDate',
  'periodStart',
  'periodEnd',
  'supplement',
  'partTitle',
  'mode',
  'measurement',
  'active',
  'includeDeleted',
  'limit',
  'draft',
  'replaceExisting',
  'note',
  'reason',
  'layout',
  'values',
  'figures',
  '__proto__',
  'constructor',
];
const STRINGS = [
  '',
  ' ',
  '综窗',
  '2024-03-29',
  '2024-02-30',
  'x'.repeat(300),
  '\uFFFE\uFFFF',
  '\u0000\u0007',
  '\uD800',
  '=1+1',
  '../../etc/passwd',
  'SELECT 1;',
  '报',
  'AAAA',
  '%00',
];
const NUMBERS = [0, 1, -1, 2, 1.5, 12, 2024, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 9999];

function generator(next: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const value = (depth: number): unknown => {
    const r = next();
    if (depth > 4 || r < 0.15) return pick(NUMBERS);
    if (r < 0.3) return pick(STRINGS);
    if (r < 0.38) return pick([null, true, false, undefined]);
    if (r < 0.55) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    const object: Record<string, unknown> = {};
    for (let i = Math.floor(next() * 5); i > 0; i--) object[pick(KEYS)] = value(depth + 1);
    return object;
  };
  return { pick, value };
}

describe('fuzz over every channel', () => {
  it(`${PAYLOADS} payloads, seed ${SEED}`, async () => {
    console.log(`[fuzz] seed ${SEED} (replay: FUZZ_SEED=${SEED}), ${PAYLOADS} payloads over ${CHANNEL_NAMES.length} channels`);
    const h = makeHarness();
    await addIssue(h, {}, [paragraph('推进综窗改革。')]);
    const { pick, value } = generator(random(SEED));
    const problems: string[] = [];
    let refusals = 0;
    for (let i = 0; i < PAYLOADS && problems.length < 5; i++) {
      const channel = pick(CHANNEL_NAMES);
      const payload = value(0);
      const before = dumpDatabase(h.db);
      const reply = await h.raw(channel, payload);
      const size = JSON.stringify(reply).length;
      const where = `#${i} ${channel} ${JSON.stringify(payload)?.slice(0, 200)}`;
      if (typeof reply !== 'object' || reply === null || typeof reply.ok !== 'boolean') problems.push(`${where}: malformed reply`);
      else if (reply.ok) {
        if (size > MAX_ANSWER_BYTES) problems.push(`${where}: answer of ${size} bytes`);
      } else {
        refusals += 1;
        const { code, message } = reply.error;
        if (!ERROR_CODES.includes(code)) problems.push(`${where}: unknown code ${code}`);
        if (code === 'INTERNAL') problems.push(`${where}: INTERNAL ${message}`);
        if (!/[\u4e00-\u9fff]/.test(message)) problems.push(`${where}: message not in Chinese: ${message}`);
        if (size > MAX_ERROR_BYTES) problems.push(`${where}: error of ${size} bytes`);
        if (dumpDatabase(h.db) !== before) problems.push(`${where}: refused (${code}) but the database changed`);
      }
    }
    console.log(`[fuzz] seed ${SEED}: ${refusals} refusals, ${problems.length} problems`);
    expect(problems).toEqual([]);
  }, 600_000);
});
