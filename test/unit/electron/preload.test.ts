import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_GLOBAL, IPC_PREFIX } from '../../../shared/contract/api';
import { CHANNEL_NAMES } from '../../../shared/contract/channels';
import { electronModule, fake, resetFake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

let api: Record<string, unknown>;

beforeAll(async () => {
  resetFake();
  await import('../../../electron/preload');
  api = fake.exposed.get(API_GLOBAL) as Record<string, unknown>;
});

describe('preload', () => {
  it('exposes one object, under API_GLOBAL, and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual([API_GLOBAL]);
  });

  it('has exactly one function per contract channel', () => {
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer or its invoke', () => {
    for (const value of Object.values(api)) {
      expect(value).not.toBe(electronModule.ipcRenderer);
      expect(value).not.toBe(electronModule.ipcRenderer.invoke);
    }
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards each call to the prefixed channel with its input only', async () => {
    for (const name of CHANNEL_NAMES) {
      fake.invocations = [];
      const call = api[name] as (...args: unknown[]) => Promise<unknown>;
      const input = { probe: name };
      await call(input, 'an extra argument the page tried to smuggle');
      expect(fake.invocations, name).toEqual([[IPC_PREFIX + name, input]]);
    }
  });
});
