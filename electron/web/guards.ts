/**
 * Who may talk to the browser-mode host. It listens on 127.0.0.1 only, but a web page in the same
 * browser can still aim requests at it: a DNS-rebinding page arrives with a foreign Host header, a
 * cross-site page with a foreign Origin, and neither knows the per-run token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { HTTP_TOKEN_HEADER } from '../../shared/contract/api';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isAllowedHost(headers: IncomingHttpHeaders, port: number): boolean {
  const host = headers.host?.toLowerCase();
  return host !== undefined && allowedHosts(port).has(host);
}

/** Requests without an Origin (navigation, curl) pass; any Origin must be our own address. */
export function isAllowedOrigin(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}

export function hasToken(headers: IncomingHttpHeaders, token: string): boolean {
  const sent = headers[HTTP_TOKEN_HEADER];
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
