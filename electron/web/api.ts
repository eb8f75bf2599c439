/**
 * `POST /api/<channel>`: the browser-mode twin of the Electron IPC bridge. The body is the channel's
 * input as JSON; the answer is always dispatch's Result. HTTP status codes only tell the transport
 * failures apart (token, size, JSON, unknown path) so that the renderer can treat them like IPC ones.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handlers } from '../../shared/contract/api';
import { HTTP_API_PREFIX } from '../../shared/contract/api';
import { isChannelName } from '../../shared/contract/channels';
import { fail } from '../../shared/contract/result';
import { dispatch } from '../services/dispatch';
import { hasToken } from './guards';
import { sendJson } from './headers';

export const MAX_BODY_BYTES = 32 * 1024 * 1024;

type Body = { kind: 'ok'; text: string } | { kind: 'too-large' };

function tooLarge(limit: number): string {
  return `请求内容超过 ${Math.round(limit / 1024 / 1024)} MB 的上限，未处理。`;
}

function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume(); // drain so the client can read our answer
      resolve({ kind: 'too-large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve({ kind: 'ok', text: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', reject);
  });
}

export interface ApiOptions {
  handlers: Handlers;
  token: string;
  maxBodyBytes: number;
}

export async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string, opts: ApiOptions) {
  if (req.method !== 'POST') {
    sendJson(res, 405, fail('INVALID_INPUT', '接口只接受 POST 请求。'), { Allow: 'POST' });
    return;
  }
  if (!hasToken(req.headers, opts.token)) {
    sendJson(res, 401, fail('UNAUTHORIZED', '访问口令缺失或不正确。请从简报台启动时显示的地址重新打开页面。'));
    return;
  }
  const channel = pathname.slice(HTTP_API_PREFIX.length);
  if (!isChannelName(channel)) {
    sendJson(res, 404, fail('UNKNOWN_CHANNEL', `未知的请求：${channel.slice(0, 60)}`));
    return;
  }
  const body = await readBody(req, opts.maxBodyBytes);
  if (body.kind === 'too-large') {
    sendJson(res, 413, fail('INVALID_INPUT', tooLarge(opts.maxBodyBytes)), { Connection: 'close' });
    return;
  }
  let input: unknown = undefined;
  if (body.text.trim() !== '') {
    try {
      input = JSON.parse(body.text);
    } catch {
      sendJson(res, 400, fail('INVALID_INPUT', '请求内容不是有效的 JSON，未处理。'));
      return;
    }
  }
  sendJson(res, 200, await dispatch(opts.handlers, channel, input));
}
