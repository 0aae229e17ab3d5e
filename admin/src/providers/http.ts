/**
 * The one HTTP client of the console: same-origin `/api`, cookies included, the CSRF token sent back from
 * the readable `jrpt_admin_csrf` cookie, and every failure turned into Refine's HttpError carrying the
 * API's Chinese message and its per-field messages (so forms show them on the fields).
 */
import axios from 'axios';
import type { HttpError } from '@refinedev/core';

export const http = axios.create({
  withCredentials: true,
  xsrfCookieName: 'jrpt_admin_csrf',
  xsrfHeaderName: 'X-CSRF-Token',
  headers: { 'X-Requested-With': 'XMLHttpRequest' },
  timeout: 30_000,
});

interface ApiErrorBody {
  error?: { code?: unknown; message?: unknown; fields?: unknown; requestId?: unknown };
}

interface AxiosLikeError {
  message?: string;
  code?: string;
  response?: { status: number; data?: unknown };
}

const FALLBACK_BY_STATUS: Record<number, string> = {
  401: '登录已过期，请重新登录',
  403: '没有权限执行此操作',
  404: '记录不存在或无权查看',
  409: '数据已被他人修改，请刷新后重试',
  413: '提交的内容过大',
  429: '操作过于频繁，请稍后再试',
};

function stringFields(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(value)) if (typeof message === 'string') out[key] = message;
  return Object.keys(out).length ? out : undefined;
}

/** Maps an axios failure (or anything thrown) to Refine's HttpError with the API's message and field errors. */
export function toHttpError(error: unknown): HttpError {
  const err = (error ?? {}) as AxiosLikeError;
  const response = err.response;
  if (!response) {
    const timedOut = err.code === 'ECONNABORTED' || err.code === 'ETIMEDOUT';
    return {
      message: timedOut ? '请求超时，请稍后重试' : '网络连接失败，请检查网络后重试',
      statusCode: 0,
    };
  }
  const body = (response.data ?? {}) as ApiErrorBody;
  const apiMessage = typeof body.error?.message === 'string' ? body.error.message : undefined;
  const message =
    apiMessage ??
    FALLBACK_BY_STATUS[response.status] ??
    (response.status >= 500 ? '服务器开小差了，请稍后再试' : '请求不正确');
  return {
    message,
    statusCode: response.status,
    code: typeof body.error?.code === 'string' ? body.error.code : undefined,
    requestId: typeof body.error?.requestId === 'string' ? body.error.requestId : undefined,
    errors: stringFields(body.error?.fields),
  };
}

http.interceptors.response.use(
  (response) => response,
  (error: unknown) => Promise.reject(toHttpError(error)),
);

export function isHttpError(value: unknown): value is HttpError {
  return typeof value === 'object' && value !== null && 'statusCode' in value && 'message' in value;
}
