import { describe, expect, it } from 'vitest';
import { toHttpError } from './http';

describe('toHttpError', () => {
  it('keeps the API message and turns `fields` into form errors', () => {
    const error = toHttpError({
      response: {
        status: 400,
        data: {
          error: {
            code: 'validation_failed',
            message: '请填写产品名称',
            fields: { name: '请填写产品名称', 'regionIds.0': '服务区域不正确' },
            requestId: 'r-1',
          },
        },
      },
    });
    expect(error).toEqual({
      message: '请填写产品名称',
      statusCode: 400,
      code: 'validation_failed',
      requestId: 'r-1',
      errors: { name: '请填写产品名称', 'regionIds.0': '服务区域不正确' },
    });
  });

  it('shows the conflict message of a 409 as the API wrote it', () => {
    const error = toHttpError({
      response: {
        status: 409,
        data: { error: { code: 'conflict', message: '产品状态已变化，请刷新后重试' } },
      },
    });
    expect(error.statusCode).toBe(409);
    expect(error.message).toBe('产品状态已变化，请刷新后重试');
    expect(error.errors).toBeUndefined();
  });

  it('falls back to a Chinese message by status when the body is not the API error shape', () => {
    expect(toHttpError({ response: { status: 401, data: '' } }).message).toBe('登录已过期，请重新登录');
    expect(toHttpError({ response: { status: 502, data: '<html>' } }).message).toBe(
      '服务器开小差了，请稍后再试',
    );
    expect(toHttpError({ response: { status: 418 } }).message).toBe('请求不正确');
  });

  it('says the network failed when there is no response at all', () => {
    expect(toHttpError({ message: 'Network Error', code: 'ERR_NETWORK' })).toEqual({
      message: '网络连接失败，请检查网络后重试',
      statusCode: 0,
    });
    expect(toHttpError({ code: 'ECONNABORTED' }).message).toBe('请求超时，请稍后重试');
    expect(toHttpError(undefined).statusCode).toBe(0);
  });

  it('ignores field messages that are not strings', () => {
    const error = toHttpError({
      response: { status: 400, data: { error: { message: 'x', fields: { a: 1, b: 'b 不正确' } } } },
    });
    expect(error.errors).toEqual({ b: 'b 不正确' });
  });
});
