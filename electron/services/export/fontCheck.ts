/**
 * A PDF is never silently wrong: before a PDF is made, every face the layout uses must be able to draw
 * Chinese — its bundled Fandol file is there, or the system has a Chinese face Chromium can fall back
 * to. Otherwise Chromium reports success and writes a PDF whose Chinese is not drawn (seen on a machine
 * without the bundled faces and without any Chinese system font). The check refuses with a message
 * naming the faces and how to get them.
 *
 * System faces are asked of fontconfig (`fc-list :lang=zh`), which Chromium on Linux uses too; on
 * Windows the Fonts folder is looked at for the faces Windows ships. Where neither can be asked, the
 * check trusts the system rather than refuse a PDF that may well be right.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import type { FontRole, LayoutSpec } from '../../../shared/layout/spec';
import { fallbackFor } from './print/fonts';

/** Chinese faces Windows installs (SimSun, SimHei, FangSong, KaiTi, Microsoft YaHei, DengXian). */
const WINDOWS_CHINESE_FILES = ['simsun.ttc', 'simhei.ttf', 'simfang.ttf', 'simkai.ttf', 'msyh.ttc', 'Deng.ttf'];

/** Family names of the system's Chinese faces; null when the system cannot be asked. */
export function systemChineseFamilies(env: NodeJS.ProcessEnv = process.env): string[] | null {
  try {
    const out = execFileSync('fc-list', [':lang=zh', 'family'], {
      env,
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out
      .split('\n')
      .flatMap((line) => line.split(','))
      .map((name) => name.trim())
      .filter((name) => name !== '');
  } catch {
    if (process.platform === 'win32') {
      const fonts = path.join(env.WINDIR ?? 'C:\\Windows', 'Fonts');
      return WINDOWS_CHINESE_FILES.filter((file) => existsSync(path.join(fonts, file)));
    }
    return null;
  }
}

export interface FontCheckOptions {
  /** Where the bundled Fandol files are (resources/fonts/fandol). */
  fontDir: string;
  /** The system's Chinese faces (default: systemChineseFamilies()). */
  systemFamilies?: () => string[] | null;
}

/** The faces (not the Latin one) that could draw no Chinese here; empty when every face can. */
export function facesWithoutChinese(layout: LayoutSpec, options: FontCheckOptions): string[] {
  const faces = [
    ...new Set((Object.entries(layout.fonts) as [FontRole, string][]).filter(([role]) => role !== 'latin').map(([, face]) => face)),
  ];
  const unbundled = faces.filter((face) => !existsSync(path.join(options.fontDir, fallbackFor(face).regular)));
  if (unbundled.length === 0) return [];
  const system = (options.systemFamilies ?? systemChineseFamilies)();
  // Any Chinese system face: Chromium falls back to it, so the text is drawn (in a substitute design).
  if (system === null || system.length > 0) return [];
  return unbundled;
}

/** Throws the refusal when some face could draw no Chinese; the message says which and how to get it. */
export function requireChineseFaces(layout: LayoutSpec, options: FontCheckOptions): void {
  const missing = facesWithoutChinese(layout, options);
  if (missing.length === 0) return;
  throw new AppError('INTERNAL', chineseFontsMissingMessage(missing, options.fontDir));
}

export function chineseFontsMissingMessage(missing: readonly string[], fontDir: string): string {
  const files = [...new Set(missing.map((face) => fallbackFor(face).regular))];
  return (
    `没有生成 PDF：本机没有能显示中文的字体，${missing.map((f) => `“${f}”`).join('、')}无法显示，PDF 中的中文将是空白。` +
    `随附字体（${files.join('、')}）不在 ${fontDir}，本机也没有安装中文字体。` +
    '请重新安装简报台（安装包带有随附字体；开发环境运行 bash scripts/setup-layout-tools.sh --fonts），' +
    `或在本机安装${missing[0]}等中文字体后重试；“导出 DOCX”不受影响。`
  );
}
