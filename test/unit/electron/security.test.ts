import { beforeEach, describe, expect, it } from 'vitest';
import { guardWebContents, installAppSecurity, installSessionSecurity } from '../../../electron/shell/security';
import { electronModule, fake, FakeWebContents, navigationEvent, resetFake } from './fakeElectron';

beforeEach(resetFake);

describe('installAppSecurity', () => {
  it('enables the sandbox for every renderer and guards every new web contents', () => {
    installAppSecurity(fake.app);
    expect(fake.app.sandboxEnabled).toBe(1);
    expect(fake.app.count('web-contents-created')).toBe(1);

    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    const outside = navigationEvent('https://example.com/');
    contents.emit('will-navigate', outside);
    expect(outside.prevented).toBe(true);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('guardWebContents', () => {
  function guarded(): FakeWebContents {
    const contents = new FakeWebContents();
    guardWebContents(contents);
    return contents;
  }

  it('lets subframes (the preview, measuring and print frames) load srcdoc, never the top frame', () => {
    const contents = guarded();
    for (const url of ['about:srcdoc', 'about:blank']) {
      const sub = { ...navigationEvent(url), isMainFrame: false };
      contents.emit('will-frame-navigate', sub);
      expect(sub.prevented, url).toBe(false);
      const top = { ...navigationEvent(url), isMainFrame: true };
      contents.emit('will-frame-navigate', top);
      expect(top.prevented, url).toBe(true);
      const navigate = navigationEvent(url);
      contents.emit('will-navigate', navigate);
      expect(navigate.prevented, url).toBe(true);
    }
    const outside = { ...navigationEvent('https://example.com/'), isMainFrame: false };
    contents.emit('will-frame-navigate', outside);
    expect(outside.prevented).toBe(true);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: prevented to outside URLs, allowed inside app://briefdesk/',
    (eventName) => {
      const contents = guarded();
      for (const url of ['https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://other/']) {
        const event = navigationEvent(url);
        contents.emit(eventName, event);
        expect(event.prevented, url).toBe(true);
      }
      const inside = navigationEvent('app://briefdesk/index.html');
      contents.emit(eventName, inside);
      expect(inside.prevented).toBe(false);
    },
  );

  it('denies every new window, whatever the URL', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://briefdesk/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const contents = guarded();
    const event = navigationEvent('app://briefdesk/index.html');
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.prevented).toBe(true);
  });
});

describe('installSessionSecurity', () => {
  beforeEach(() => installSessionSecurity(electronModule.session.defaultSession));

  function cancelled(url: string): boolean {
    let answer: boolean | undefined;
    fake.beforeRequest!({ url }, (response) => {
      answer = response.cancel;
    });
    if (answer === undefined) throw new Error('the request callback was not called');
    return answer;
  }

  it('cancels every network request and lets app://, data: and blob: through', () => {
    expect(cancelled('https://example.com/')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/api/x')).toBe(true);
    expect(cancelled('ws://example.com/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('ftp://example.com/')).toBe(true);
    expect(cancelled('app://briefdesk/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('blob:app://briefdesk/1234')).toBe(false);
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | undefined;
      fake.permissionRequest!({}, permission, (answer) => {
        granted = answer;
      });
      expect(granted, permission).toBe(false);
      expect(fake.permissionCheck!({}, permission, 'app://briefdesk', {}), permission).toBe(false);
    }
  });
});
