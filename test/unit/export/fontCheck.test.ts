/**
 * Issue 12, flaw 4: on a machine without the bundled faces and without any Chinese system font a PDF
 * was written with its Chinese not drawn. The check asks the real fontconfig (fc-list) — here one whose
 * configuration holds no font at all — and refuses, naming the faces.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPdfRenderer } from '../../../electron/services/export/chromiumPdf';
import { facesWithoutChinese, requireChineseFaces, systemChineseFamilies } from '../../../electron/services/export/fontCheck';
import { printJob } from '../../../electron/services/export/printJob';
import { defaultFontDir } from '../../../electron/services/export/print/pdf';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { fixtureIssue, weekly2022n28 } from '../../fixtures/issues';

const dir = mkdtempSync(path.join(tmpdir(), 'briefdesk-fontcheck-'));
const emptyFonts = path.join(dir, 'no-fonts');
mkdirSync(emptyFonts);
const conf = path.join(dir, 'fonts.conf');
writeFileSync(
  conf,
  `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${emptyFonts}</dir><cachedir>${path.join(dir, 'cache')}</cachedir></fontconfig>`,
);
const NO_CHINESE_ENV = { ...process.env, FONTCONFIG_FILE: conf };
const hasFcList = systemChineseFamilies() !== null;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Chinese font check before a PDF', () => {
  it.skipIf(!hasFcList)('finds no Chinese face in a fontconfig that holds none', () => {
    expect(systemChineseFamilies(NO_CHINESE_ENV)).toEqual([]);
  });

  it.skipIf(!hasFcList)('refuses without bundled faces and with no Chinese system face, naming every face and the way out', () => {
    const options = { fontDir: emptyFonts, systemFamilies: () => systemChineseFamilies(NO_CHINESE_ENV) };
    expect(facesWithoutChinese(DEFAULT_LAYOUT, options)).toEqual(['仿宋_GB2312', '黑体', '楷体_GB2312', '方正小标宋简体', '宋体']);
    expect(() => requireChineseFaces(DEFAULT_LAYOUT, options)).toThrow(
      /^没有生成 PDF：本机没有能显示中文的字体，“仿宋_GB2312”、“黑体”.*FandolFang-Regular\.otf.*setup-layout-tools\.sh --fonts/,
    );
  });

  it('passes with the bundled faces, or with any Chinese system face to fall back to', () => {
    expect(facesWithoutChinese(DEFAULT_LAYOUT, { fontDir: emptyFonts, systemFamilies: () => ['Noto Sans CJK SC'] })).toEqual([]);
    expect(facesWithoutChinese(DEFAULT_LAYOUT, { fontDir: emptyFonts, systemFamilies: () => null })).toEqual([]);
    expect(facesWithoutChinese(DEFAULT_LAYOUT, { fontDir: defaultFontDir(), systemFamilies: () => [] })).toEqual([]);
  });

  it.skipIf(!hasFcList)('makes export --pdf fail before Chromium starts, rather than write a PDF without Chinese', async () => {
    const saved = process.env.FONTCONFIG_FILE;
    process.env.FONTCONFIG_FILE = conf;
    try {
      const job = printJob({ ...weekly2022n28.series, id: 1, closing: weekly2022n28.closing }, fixtureIssue(weekly2022n28), null);
      // A Chromium path that exists, so only the font check can refuse.
      const renderer = chromiumPdfRenderer({ fontDir: emptyFonts, chromiumPath: process.execPath });
      await expect(renderer.renderPdf(job)).rejects.toThrow(/没有生成 PDF：本机没有能显示中文的字体/);
    } finally {
      if (saved === undefined) delete process.env.FONTCONFIG_FILE;
      else process.env.FONTCONFIG_FILE = saved;
    }
  });
});
