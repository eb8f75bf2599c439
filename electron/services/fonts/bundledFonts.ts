/**
 * Whether the bundled fallback faces (resources/fonts/fandol, fetched by the set-up script; in an
 * installer at <resources>/fonts) are really there. Without them the preview and the PDF would fall
 * back to whatever face the machine has, silently: the hosts say so in the terminal at start, and
 * `app.info` tells the page, which keeps a notice up until the files are there.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BundledFontsStatus } from '../../../shared/contract/appChannels';
import { FANDOL_FILES } from '../export/print/fonts';

/** The one command that fetches them (from Debian's texlive-lang-chinese package). */
export const FETCH_FONTS_COMMAND = 'bash scripts/setup-layout-tools.sh --fonts';

export const BUNDLED_FONT_FILES: readonly string[] = Object.values(FANDOL_FILES);

export function bundledFontsStatus(dir: string): BundledFontsStatus {
  const missing = BUNDLED_FONT_FILES.filter((file) => !existsSync(path.join(dir, file)));
  return { dir, missing, fetchCommand: FETCH_FONTS_COMMAND };
}

/** The terminal's lines when faces are missing; null when all are there. */
export function missingFontsNotice(status: BundledFontsStatus): string | null {
  if (status.missing.length === 0) return null;
  return [
    `[briefdesk] 缺少随附字体（${status.missing.length}/${BUNDLED_FONT_FILES.length}）：${status.missing.join('、')}`,
    `[briefdesk]   位置：${status.dir}`,
    '[briefdesk]   本机未装正式字体（仿宋_GB2312 等）时，预览与 PDF 将用系统中其他字体，版面会与正式版式不同。',
    `[briefdesk]   获取字体：${status.fetchCommand}`,
  ].join('\n');
}
