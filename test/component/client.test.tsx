import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/contract/channels';
import { apiFrom, bridgeCall, createApi, httpCall } from '../../renderer/src/api/client';

function pageWithToken(token: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  const meta = doc.createElement('meta');
  meta.name = 'briefdesk-token';
  meta.content = token;
  doc.head.append(meta);
  return doc;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('API client', () => {
  it('has exactly the contract’s methods', () => {
    const api = apiFrom(async () => ({ ok: true, value: null }));
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('POSTs the input to /api/<channel> with the page’s token and returns the Result', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => json({ ok: true, value: [{ id: 1 }] }));
    const api = apiFrom(httpCall(fetchImpl, pageWithToken('s3cret')));
    const result = await api['issues.list']({ seriesId: 4 });
    expect(result).toEqual({ ok: true, value: [{ id: 1 }] });
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('/api/issues.list');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('x-briefdesk-token')).toBe('s3cret');
    expect(JSON.parse(String(init?.body))).toEqual({ seriesId: 4 });
  });

  it('passes an error Result through, whatever the HTTP status', async () => {
    const error = { code: 'UNAUTHORIZED', message: '访问令牌无效。' };
    const api = apiFrom(httpCall(async () => json({ ok: false, error }, 401), pageWithToken('x')));
    expect(await api['series.list']({})).toEqual({ ok: false, error });
  });

  it('turns a network failure or a non-Result answer into a Result in Chinese', async () => {
    const down = apiFrom(httpCall(async () => Promise.reject(new TypeError('Failed to fetch')), pageWithToken('x')));
    const r1 = await down['series.list']({});
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.error.message).toMatch(/无法连接到简报台服务/);

    const html = apiFrom(httpCall(async () => new Response('<html>', { status: 502 }), pageWithToken('x')));
    const r2 = await html['series.list']({});
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error.message).toMatch(/无法识别的应答（HTTP 502）/);
  });

  it('uses the Electron bridge when the preload exposed one, and catches its failures', async () => {
    const bridge = Object.fromEntries(CHANNEL_NAMES.map((n) => [n, vi.fn(async () => ({ ok: true, value: n }))]));
    const win = { briefdesk: bridge, fetch: vi.fn(), document } as unknown as Window;
    const api = createApi(win);
    expect(await api['app.info']({})).toEqual({ ok: true, value: 'app.info' });
    expect(bridge['app.info']).toHaveBeenCalledWith({});
    expect(win.fetch).not.toHaveBeenCalled();

    const broken = apiFrom(bridgeCall({ ...bridge, 'app.info': async () => Promise.reject(new Error('IPC 断开')) } as never));
    const r = await broken['app.info']({});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('IPC 断开');
  });
});
