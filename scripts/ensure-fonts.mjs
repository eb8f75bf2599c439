// Before `npm start` and `npm run web`: make sure the bundled fallback faces are there. They are not in
// git (downloaded binaries); the set-up script takes them out of Debian's texlive-lang-chinese package.
// Where that works (Debian/Ubuntu with apt), it is run; elsewhere, or when it fails, the terminal says
// which faces are missing and the one command that fetches them, and the app starts anyway (it shows the
// same notice until the files are there).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FONT_DIR = path.join(ROOT, 'resources', 'fonts', 'fandol');
// The same six files as electron/services/export/print/fonts.ts (FANDOL_FILES); a test keeps them equal.
export const FONT_FILES = [
  'FandolFang-Regular.otf',
  'FandolKai-Regular.otf',
  'FandolHei-Regular.otf',
  'FandolHei-Bold.otf',
  'FandolSong-Regular.otf',
  'FandolSong-Bold.otf',
];
export const FETCH_COMMAND = 'bash scripts/setup-layout-tools.sh --fonts';

export function missingFonts(dir = FONT_DIR) {
  return FONT_FILES.filter((file) => !existsSync(path.join(dir, file)));
}

function hasApt() {
  return spawnSync('sh', ['-c', 'command -v apt-get && command -v dpkg'], { stdio: 'ignore' }).status === 0;
}

function main() {
  if (missingFonts().length === 0) return;
  if (hasApt()) {
    console.log('[briefdesk] 正在获取随附字体（Fandol）……');
    spawnSync('bash', [path.join(ROOT, 'scripts', 'setup-layout-tools.sh'), '--fonts'], { cwd: ROOT, stdio: 'inherit' });
  }
  const missing = missingFonts();
  if (missing.length === 0) return;
  console.warn(`[briefdesk] 缺少随附字体：${missing.join('、')}（${FONT_DIR}）`);
  console.warn('[briefdesk] 本机未装正式字体时，预览与 PDF 将用系统中其他字体。获取字体：');
  console.warn(`[briefdesk]     ${FETCH_COMMAND}`);
  console.warn('[briefdesk] （需要 Debian/Ubuntu 的 apt；也可从已取得字体的电脑复制 resources/fonts/fandol/ 整个文件夹。）');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
