/**
 * The Content-Security-Policy sent with every page of the app protocol: only our own files, no remote
 * source of any kind, no plugins, no framing. 'unsafe-inline' for styles only, because Slate and React
 * set inline style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
