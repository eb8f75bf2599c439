/**
 * The preload (sandboxed, bundled into one CommonJS file with only 'electron' external): exposes on
 * window.briefdesk exactly one function per contract channel. Each forwards its single input to the
 * matching prefixed IPC channel; ipcRenderer itself is never handed to the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, IPC_PREFIX } from '../shared/contract/api';
import { CHANNEL_NAMES } from '../shared/contract/channels';

const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of CHANNEL_NAMES) {
  // Only `input` crosses: extra arguments from the page are dropped.
  api[name] = (input: unknown) => ipcRenderer.invoke(IPC_PREFIX + name, input);
}

contextBridge.exposeInMainWorld(API_GLOBAL, Object.freeze(api));
