/**
 * The browser's one way to call the API: JSON in and out, the headers the API's CSRF guard asks for,
 * and a typed ApiError carrying the Chinese message and the per-field messages.
 */

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue | QueryValue[]>;

export interface ApiFetchOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  /** Extra request headers (e.g. Idempotency-Key); they cannot replace the CSRF and content headers. */
  headers?: Record<string, string>;
}

export const CSRF_COOKIE = 'jrpt_csrf';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Field path ("applicant.phone") → Chinese message, when the API named the fields at fault. */
  readonly fields: Record<string, string>;
  readonly requestId?: string;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: Record<string, string> = {},
    requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.requestId = requestId;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Appends the non-empty query values; arrays repeat the key. */
export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v === undefined || v === null || v === '') continue;
      params.append(key, String(v));
    }
  }
  const qs = params.toString();
  if (!qs) return path;
  return path + (path.includes('?') ? '&' : '?') + qs;
}

export function readCookie(cookieHeader: string, name: string): string | undefined {
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

function statusMessage(status: number): string {
  if (status === 401) return '请先登录';
  if (status === 403) return '没有权限执行此操作';
  if (status === 404) return '请求的内容不存在';
  if (status === 409) return '数据已被他人修改，请刷新后重试';
  if (status === 429) return '操作过于频繁，请稍后再试';
  if (status >= 500) return '服务器繁忙，请稍后重试';
  return `请求失败（${status}）`;
}

/** Turns any non-2xx response body into an ApiError, whether or not it has the API's error shape. */
export function toApiError(status: number, body: unknown): ApiError {
  const err = (body as { error?: unknown } | null)?.error;
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; message?: unknown; fields?: unknown; requestId?: unknown };
    const fields: Record<string, string> = {};
    if (e.fields && typeof e.fields === 'object') {
      for (const [k, v] of Object.entries(e.fields as Record<string, unknown>)) {
        if (typeof v === 'string') fields[k] = v;
      }
    }
    return new ApiError(
      status,
      typeof e.code === 'string' ? e.code : 'error',
      typeof e.message === 'string' && e.message ? e.message : statusMessage(status),
      fields,
      typeof e.requestId === 'string' ? e.requestId : undefined,
    );
  }
  return new ApiError(status, 'http_' + status, statusMessage(status));
}

export function requestHeaders(method: string, cookies: string, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-Requested-With': 'XMLHttpRequest',
  };
  if (hasBody) headers['Content-Type'] = 'application/json';
  if (UNSAFE_METHODS.has(method)) {
    const token = readCookie(cookies, CSRF_COOKIE);
    if (token) headers['X-CSRF-Token'] = token;
  }
  return headers;
}

export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const hasBody = options.body !== undefined;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers: {
        ...options.headers,
        ...requestHeaders(method, typeof document === 'undefined' ? '' : document.cookie, hasBody),
      },
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', '网络连接失败，请检查网络后重试');
  }
  const text = await res.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!res.ok) throw toApiError(res.status, body);
  return body as T;
}

/** A message fit to show a user for whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作失败，请稍后重试';
}
