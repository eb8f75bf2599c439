import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, ensureParentFolder, userDataFolder } from '../../../electron/services/paths';
import { tempFolder } from './helpers';

describe('userDataFolder', () => {
  it('follows Electron on Linux: XDG_CONFIG_HOME, else ~/.config', () => {
    expect(userDataFolder({ XDG_CONFIG_HOME: '/data/cfg' }, 'linux', '/home/clerk')).toBe('/data/cfg/BriefDesk');
    expect(userDataFolder({}, 'linux', '/home/clerk')).toBe('/home/clerk/.config/BriefDesk');
    expect(userDataFolder({ XDG_CONFIG_HOME: '' }, 'linux', '/home/clerk')).toBe('/home/clerk/.config/BriefDesk');
  });

  it('follows Electron on Windows (%APPDATA%) and macOS (Application Support)', () => {
    expect(userDataFolder({ APPDATA: 'C:\\Users\\clerk\\AppData\\Roaming' }, 'win32', 'C:\\Users\\clerk')).toBe(
      'C:\\Users\\clerk\\AppData\\Roaming\\BriefDesk',
    );
    expect(userDataFolder({}, 'darwin', '/Users/clerk')).toBe('/Users/clerk/Library/Application Support/BriefDesk');
  });
});

describe('defaultDatabasePath', () => {
  it('is briefdesk.sqlite in the user-data folder of this machine', () => {
    expect(defaultDatabasePath()).toBe(path.join(userDataFolder(), 'briefdesk.sqlite'));
  });
});

describe('ensureParentFolder', () => {
  it('creates missing parent folders and tolerates existing ones', () => {
    const file = path.join(tempFolder(), 'a', 'b', 'briefdesk.sqlite');
    ensureParentFolder(file);
    ensureParentFolder(file);
    expect(existsSync(path.dirname(file))).toBe(true);
    expect(existsSync(file)).toBe(false);
  });
});
