import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX, type Handlers } from '../../../shared/contract/api';
import { CHANNEL_NAMES } from '../../../shared/contract/channels';
import { registerIpc, type InvokeEventLike } from '../../../electron/shell/ipc';
import { electronModule, fake, FakeBrowserWindow, FakeWebContents, resetFake } from './fakeElectron';

function fakeHandlers(): Handlers {
  const entries = CHANNEL_NAMES.map((name) => [name, vi.fn(async () => `answer of ${name}`)]);
  // Every channel gets a recording stub; their answer types do not matter to the IPC door.
  return Object.fromEntries(entries) as unknown as Handlers;
}

let handlers: Handlers;
let window: FakeBrowserWindow | null;

beforeEach(() => {
  resetFake();
  handlers = fakeHandlers();
  window = new FakeBrowserWindow({});
  registerIpc(electronModule.ipcMain, handlers, () => window);
});

function invoke(channel: string, event: InvokeEventLike, input: unknown): Promise<unknown> {
  const listener = fake.ipcHandlers.get(IPC_PREFIX + channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(event, input);
}

function fromMainFrame(url = 'app://briefdesk/index.html'): InvokeEventLike {
  return { sender: window!.webContents, senderFrame: { url, parent: null } };
}

describe('registerIpc', () => {
  it('registers exactly one prefixed handler per contract channel and nothing else', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((name) => IPC_PREFIX + name).sort());
  });

  it('dispatches a call from our window main frame to the handler', async () => {
    const answer = await invoke('issues.get', fromMainFrame(), { id: 7 });
    expect(answer).toEqual({ ok: true, value: 'answer of issues.get' });
    expect(handlers['issues.get']).toHaveBeenCalledWith({ id: 7 });
  });

  it.each([
    ['a remote page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['another app host', { senderFrame: { url: 'app://evil/index.html', parent: null } }],
    ['a subframe of our page', { senderFrame: { url: 'app://briefdesk/index.html', parent: {} } }],
    ['a destroyed frame', { senderFrame: null }],
    ['another web contents', { sender: new FakeWebContents(), senderFrame: { url: 'app://briefdesk/index.html', parent: null } }],
  ])('answers UNAUTHORIZED to %s without reaching the handler', async (_label, overrides) => {
    const event = { sender: window!.webContents, ...overrides };
    const answer = (await invoke('issues.purge', event, { id: 1 })) as { ok: boolean; error?: { code: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error?.code).toBe('UNAUTHORIZED');
    expect(handlers['issues.purge']).not.toHaveBeenCalled();
  });

  it('answers UNAUTHORIZED once the window is gone', async () => {
    const event = fromMainFrame();
    window = null;
    const answer = (await invoke('app.info', event, {})) as { ok: boolean; error?: { code: string } };
    expect(answer.error?.code).toBe('UNAUTHORIZED');
    expect(handlers['app.info']).not.toHaveBeenCalled();
  });

  it('answers INVALID_INPUT to a malformed payload without reaching the handler', async () => {
    for (const input of [{ id: 'seven' }, { id: -1 }, { id: 1, extra: true }, 'id=1', null]) {
      const answer = (await invoke('issues.get', fromMainFrame(), input)) as { ok: boolean; error?: { code: string } };
      expect(answer.ok, JSON.stringify(input)).toBe(false);
      expect(answer.error?.code, JSON.stringify(input)).toBe('INVALID_INPUT');
    }
    expect(handlers['issues.get']).not.toHaveBeenCalled();
  });
});
