import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl, isAppUrl, isTrustedSender } from '../../../electron/shell/urls';

describe('isAllowedRequestUrl (the offline network filter)', () => {
  it.each([
    'http://example.com/',
    'https://example.com/script.js',
    'http://localhost:5173/',
    'http://127.0.0.1/',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'ftp://example.com/file',
    'chrome://settings',
    'javascript:alert(1)',
    'app://elsewhere/index.html',
    'app://user@briefdesk/index.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
  });

  it.each([
    'app://briefdesk/index.html',
    'app://briefdesk/assets/index-abc123.js',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://briefdesk/6f1c7a2e-0000-4000-8000-000000000000',
    'devtools://devtools/bundled/devtools_app.html',
  ])('allows %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(true);
  });
});

describe('isTrustedSender', () => {
  it('trusts pages of app://briefdesk/', () => {
    expect(isTrustedSender('app://briefdesk/index.html')).toBe(true);
    expect(isTrustedSender('app://briefdesk/')).toBe(true);
    expect(isTrustedSender('app://briefdesk/index.html#/issues/3')).toBe(true);
  });

  it.each([
    'https://briefdesk/',
    'http://localhost/',
    'file:///work/main/out/renderer/index.html',
    'app://briefdesk.evil/index.html',
    'app://evil/briefdesk/',
    'app://briefdesk:8080/index.html',
    'app://x:y@briefdesk/index.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    'devtools://devtools/bundled/devtools_app.html',
    // The hidden print window's documents are on our origin but never speak to the services.
    'app://briefdesk/__print/6f1c7a2e-0000-4000-8000-000000000000.html',
    '',
  ])('does not trust %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});

describe('isAppUrl (where navigation may go)', () => {
  it('keeps navigation inside the app', () => {
    expect(isAppUrl('app://briefdesk/index.html')).toBe(true);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
  });
});
