/**
 * Where the Electron binary is, without ever downloading it. `require('electron')` would start a download
 * when the binary is missing (node_modules/electron/index.js), and no machine of ours can reach it; so the
 * smoke test reads the same files that module reads: `path.txt` (written by its install step) and
 * `dist/<that path>`. ELECTRON_OVERRIDE_DIST_PATH (Electron's own variable) or BRIEFDESK_ELECTRON point
 * at a binary elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ElectronLookup {
  /** The executable to launch, or null when none is present. */
  executablePath: string | null;
  /** Where it looked, for the one-line message when nothing is there. */
  looked: string;
}

type Env = Readonly<Record<string, string | undefined>>;

export function findElectron(repoRoot: string, env: Env = process.env): ElectronLookup {
  if (env.BRIEFDESK_ELECTRON) {
    const file = path.resolve(env.BRIEFDESK_ELECTRON);
    return { executablePath: existsSync(file) ? file : null, looked: file };
  }
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const file = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return { executablePath: existsSync(file) ? file : null, looked: file };
  }
  if (relative === null) return { executablePath: null, looked: pathFile };
  const file = path.join(packageDir, 'dist', relative);
  return { executablePath: existsSync(file) ? file : null, looked: file };
}
