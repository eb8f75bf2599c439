/**
 * `compile` on the command line (in-process, real Chromium): the files it writes, and that a refusal
 * or a failure leaves nothing at the target path — neither a half file nor a temporary one — and an
 * existing file there untouched.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { harness, tempFolder } from '../services/helpers';
import { storeThreeSamples } from './volumeFixture';

interface Ran {
  code: number;
  out: string[];
  err: string[];
}

async function cli(argv: string[]): Promise<Ran> {
  const ran: Ran = { code: 0, out: [], err: [] };
  ran.code = await runCli(argv, { out: (t) => ran.out.push(t), err: (t) => ran.err.push(t) });
  return ran;
}

const chromium = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (chromium === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = chromium;
});

describe('npm run cli -- compile', () => {
  it('writes the DOCX and the PDF of the year, reporting progress on stderr', async () => {
    const h = harness();
    await storeThreeSamples(h);
    const out = tempFolder();
    const docx = path.join(out, '合订本.docx');
    const pdf = path.join(out, '合订本.pdf');
    const ran = await cli(['compile', '--series', '1', '--year', '2024', '--docx', docx, '--pdf', pdf, '--db', h.file]);
    expect(ran.err.join('\n')).toContain('正在排版2024年第1–3期');
    expect(ran.code).toBe(0);
    expect(ran.out.join('\n')).toMatch(/已生成合订本（Word，共\d+页）/);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(out).sort()).toEqual(['合订本.docx', '合订本.pdf']);
  }, 120_000);

  it('refuses an empty year and writes nothing', async () => {
    const h = harness();
    await storeThreeSamples(h);
    const out = tempFolder();
    const ran = await cli(['compile', '--series', '1', '--year', '2025', '--pdf', path.join(out, 'a.pdf'), '--db', h.file]);
    expect(ran.code).toBe(1);
    expect(ran.err.join('\n')).toContain('2025年没有已定稿的期次');
    expect(readdirSync(out)).toEqual([]);
  });

  it('leaves the file at the target as it was when making the volume fails', async () => {
    const h = harness();
    await storeThreeSamples(h);
    const out = tempFolder();
    const target = path.join(out, 'old.docx');
    writeFileSync(target, 'the old file');
    process.env.CHROMIUM_PATH = path.join(out, 'no-chromium');
    const ran = await cli(['compile', '--series', '1', '--year', '2024', '--docx', target, '--db', h.file]);
    expect(ran.code).toBe(1);
    expect(ran.err.join('\n')).toContain('找不到用于生成 PDF 的 Chromium');
    expect(readFileSync(target, 'utf8')).toBe('the old file');
    expect(readdirSync(out)).toEqual(['old.docx']);
    expect(existsSync(path.join(out, 'no-chromium'))).toBe(false);
  });
});
