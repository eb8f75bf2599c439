/**
 * The IPC door: one ipcMain.handle per contract channel, nothing else. Each call first proves it comes
 * from the main frame of our own window showing app://briefdesk/, then goes through dispatch (which
 * validates the payload against the channel's schema).
 */
import { IPC_PREFIX, type Handlers } from '../../shared/contract/api';
import { CHANNEL_NAMES } from '../../shared/contract/channels';
import { fail, type Result } from '../../shared/contract/result';
import { dispatch } from '../services/dispatch';
import { isTrustedSender } from './urls';

export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

export interface InvokeEventLike {
  sender: unknown;
  senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, input: unknown) => Promise<Result<unknown>>): void;
}

/** The window whose main frame may call us; null before it exists and after it closed. */
export type GetTrustedWindow = () => { webContents: unknown } | null;

export function isTrustedInvoke(event: InvokeEventLike, getWindow: GetTrustedWindow): boolean {
  const frame = event.senderFrame;
  const window = getWindow();
  return (
    frame !== null &&
    window !== null &&
    event.sender === window.webContents &&
    // Only the top frame: a subframe of our page (even one on our origin) has no business here.
    frame.parent === null &&
    isTrustedSender(frame.url)
  );
}

const UNAUTHORIZED_MESSAGE = '请求来源不可信，已拒绝。';

export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, getWindow: GetTrustedWindow): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(IPC_PREFIX + name, async (event, input) => {
      if (!isTrustedInvoke(event, getWindow)) return fail('UNAUTHORIZED', UNAUTHORIZED_MESSAGE);
      return dispatch(handlers, name, input);
    });
  }
}
