import type { ErrorRequestHandler } from 'express';
import { z } from 'zod';
import type { Logger } from 'pino';
import { HttpError } from './errors.js';

/** Turns any error into the one error shape. Client mistakes are 4xx with a Chinese message; only our bugs are 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const requestId = String(req.id ?? '');
    let status = 500;
    let body: { code: string; message: string; fields?: Record<string, string> };
    if (err instanceof HttpError) {
      status = err.status;
      body = { code: err.code, message: err.message, fields: err.fields };
    } else if (err instanceof z.ZodError) {
      status = 400;
      const fields: Record<string, string> = {};
      for (const issue of err.issues) {
        const key = issue.path.join('.') || '_';
        fields[key] ??= issue.message;
      }
      body = { code: 'validation_failed', message: Object.values(fields)[0] ?? '请求参数不正确', fields };
    } else if (err?.type === 'entity.parse.failed') {
      status = 400;
      body = { code: 'bad_json', message: '请求内容不是有效的JSON' };
    } else if (err?.type === 'entity.too.large') {
      status = 413;
      body = { code: 'too_large', message: '请求内容过大' };
    } else if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) {
      status = err.status;
      body = { code: 'bad_request', message: '请求不正确' };
    } else {
      logger.error({ err, requestId }, 'unhandled error');
      body = { code: 'internal', message: '服务器开小差了，请稍后再试' };
    }
    if (res.headersSent) return;
    res.status(status).json({ error: { ...body, requestId } });
  };
}
