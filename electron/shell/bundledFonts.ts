/**
 * Where the bundled fallback faces are (resources/fonts/fandol, see resources/fonts/README.md) and the
 * URL the print HTML finds them at. Packaged builds carry them as extraResources (electron-builder.yml:
 * resources/fonts/fandol → <resources>/fonts); unpackaged runs read them from the repository.
 */
import path from 'node:path';
import { FONTS_PATH_PREFIX } from './protocol';
import { APP_ORIGIN } from './urls';

/** The fontBaseUrl of the Electron host: the app:// protocol serves the fonts folder there. */
export const APP_FONT_BASE_URL = `${APP_ORIGIN}${FONTS_PATH_PREFIX}`;

export function bundledFontsDir(options: { isPackaged: boolean; resourcesPath: string; mainDir: string }): string {
  return options.isPackaged
    ? path.join(options.resourcesPath, 'fonts')
    : // main.cjs runs from <repo>/out/electron.
      path.join(options.mainDir, '..', '..', 'resources', 'fonts', 'fandol');
}
