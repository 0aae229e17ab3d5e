/** The one error type of the API. Every message is Chinese; `fields` names the offending fields. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, fields?: Record<string, string>) =>
  new HttpError(400, 'bad_request', message, fields);
export const fieldError = (field: string, message: string) =>
  new HttpError(400, 'validation_failed', message, { [field]: message });
export const unauthorized = (message = '请先登录') => new HttpError(401, 'unauthorized', message);
export const forbidden = (message = '没有权限执行此操作') => new HttpError(403, 'forbidden', message);
export const notFound = (what = '记录') => new HttpError(404, 'not_found', `${what}不存在`);
export const conflict = (message: string, code = 'conflict') => new HttpError(409, code, message);
export const tooManyRequests = (message: string) => new HttpError(429, 'too_many_requests', message);
