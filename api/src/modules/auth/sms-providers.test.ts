import { describe, expect, it } from 'vitest';
import { AliyunSmsProvider, aliyunRpcSignature, percentEncode } from './sms-providers.js';

describe('Aliyun RPC signature', () => {
  // The worked example of Aliyun's SMS signature documentation (AccessKeySecret "testSecret").
  const documented = {
    AccessKeyId: 'testId',
    Action: 'SendSms',
    Format: 'XML',
    OutId: '123',
    PhoneNumbers: '15300000001',
    RegionId: 'cn-hangzhou',
    SignName: '阿里云短信测试专用',
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
    SignatureVersion: '1.0',
    TemplateCode: 'SMS_71390007',
    TemplateParam: '{"customer":"test"}',
    Timestamp: '2017-07-12T02:42:19Z',
    Version: '2017-05-25',
  };

  it('matches the documented example', () => {
    expect(aliyunRpcSignature('GET', documented, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('percent-encodes per RFC 3986 (space %20, * %2A, ~ kept)', () => {
    expect(percentEncode("a b*c~d'!()")).toBe('a%20b%2Ac~d%27%21%28%29');
    expect(percentEncode('阿')).toBe('%E9%98%BF');
  });

  const provider = (fetchImpl: typeof fetch) =>
    new AliyunSmsProvider(
      {
        accessKeyId: 'testId',
        accessKeySecret: 'testSecret',
        signName: '天水金融',
        templateCode: 'SMS_1',
        endpoint: 'https://dysmsapi.aliyuncs.com/',
      },
      fetchImpl,
      () => new Date('2026-03-01T08:00:00.123Z'),
    );

  it('signs a SendSms call carrying the code as the template parameter', () => {
    const params = provider(fetch).signedParams(
      { phone: '18809386116', code: '123456', purpose: 'register' },
      'nonce-1',
    );
    expect(params).toMatchObject({
      Action: 'SendSms',
      PhoneNumbers: '18809386116',
      TemplateParam: '{"code":"123456"}',
      Timestamp: '2026-03-01T08:00:00Z',
      SignatureNonce: 'nonce-1',
    });
    const { Signature, ...unsigned } = params;
    expect(Signature).toBe(aliyunRpcSignature('GET', unsigned, 'testSecret'));
  });

  it('calls the endpoint over HTTPS and fails unless Aliyun answers OK', async () => {
    const urls: string[] = [];
    const ok = provider(async (url) => {
      urls.push(String(url));
      return new Response(JSON.stringify({ Code: 'OK', Message: 'OK' }), { status: 200 });
    });
    await ok.send({ phone: '18809386116', code: '123456', purpose: 'register' });
    expect(urls[0]).toMatch(/^https:\/\/dysmsapi\.aliyuncs\.com\/\?AccessKeyId=testId&Action=SendSms&/);
    expect(urls[0]).toContain('&Signature=');

    const limited = provider(
      async () =>
        new Response(JSON.stringify({ Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发流控' }), {
          status: 200,
        }),
    );
    await expect(limited.send({ phone: '18809386116', code: '1', purpose: 'register' })).rejects.toThrow(
      /BUSINESS_LIMIT_CONTROL/,
    );
  });
});
