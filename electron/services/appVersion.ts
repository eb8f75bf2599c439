/**
 * The version from package.json, for hosts that run from the source tree (browser mode, command line).
 * The Electron app asks `app.getVersion()` instead, since its bundle does not sit beside package.json.
 */
import { readFileSync } from 'node:fs';

export function readAppVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
