import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, buildUrl, readCookie, requestHeaders, toApiError } from './api.js';

describe('buildUrl', () => {
  it('appends non-empty values and repeats arrays', () => {
    expect(buildUrl('/api/products', { amountWan: 50, name: '', method: undefined, tag: ['a', 'b'] })).toBe(
      '/api/products?amountWan=50&tag=a&tag=b',
    );
  });
  it('keeps an existing query string', () => {
    expect(buildUrl('/api/articles?kind=news', { page: 2 })).toBe('/api/articles?kind=news&page=2');
  });
  it('leaves the path alone without values', () => {
    expect(buildUrl('/api/site', { keyword: null })).toBe('/api/site');
  });
});

describe('headers', () => {
  it('always marks the request as XHR and sends the CSRF cookie only on unsafe methods', () => {
    const cookies = 'other=1; jrpt_csrf=tok%20en; jrpt_admin_csrf=x';
    expect(readCookie(cookies, 'jrpt_csrf')).toBe('tok en');
    expect(requestHeaders('GET', cookies, false)).toEqual({
      Accept: 'application/json',
      'X-Requested-With': 'XMLHttpRequest',
    });
    expect(requestHeaders('POST', cookies, true)).toMatchObject({
      'X-Requested-With': 'XMLHttpRequest',
      'X-CSRF-Token': 'tok en',
      'Content-Type': 'application/json',
    });
    expect(requestHeaders('DELETE', '', false)['X-CSRF-Token']).toBeUndefined();
  });
});

describe('toApiError', () => {
  it('reads the API error shape', () => {
    const e = toApiError(400, {
      error: {
        code: 'validation',
        message: '请填写手机号',
        fields: { phone: '请填写手机号', bad: 3 },
        requestId: 'r1',
      },
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 400, code: 'validation', message: '请填写手机号', requestId: 'r1' });
    expect(e.fields).toEqual({ phone: '请填写手机号' });
  });
  it('falls back to a Chinese message for bodies without the shape', () => {
    expect(toApiError(502, undefined).message).toBe('服务器繁忙，请稍后重试');
    expect(toApiError(401, '<html>').message).toBe('请先登录');
  });
});

describe('apiFetch', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends JSON and returns the parsed body', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiFetch('/api/auth/login', { method: 'POST', body: { phone: '1' } })).resolves.toEqual({
      ok: true,
    });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/login');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"phone":"1"}');
    expect((init.headers as Record<string, string>)['X-Requested-With']).toBe('XMLHttpRequest');
  });

  it('adds extra headers without letting them replace its own', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    await apiFetch('/api/financing-demands', {
      method: 'POST',
      body: {},
      headers: { 'Idempotency-Key': 'form-12345678', 'X-Requested-With': 'other' },
    });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(headers['Idempotency-Key']).toBe('form-12345678');
    expect(headers['X-Requested-With']).toBe('XMLHttpRequest');
  });

  it('throws ApiError with fields on 4xx', async () => {
    const body = {
      error: {
        code: 'validation',
        message: '统一社会信用代码不正确',
        fields: { uscc: '统一社会信用代码不正确' },
      },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status: 400 })),
    );
    const err = await apiFetch('/api/x', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).fields.uscc).toBe('统一社会信用代码不正确');
  });

  it('turns a network failure into a Chinese ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(apiFetch('/api/site')).rejects.toMatchObject({
      status: 0,
      message: '网络连接失败，请检查网络后重试',
    });
  });
});
