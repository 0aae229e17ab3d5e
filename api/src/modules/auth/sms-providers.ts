/**
 * SMS gateways behind one interface. The development provider records each message in sms_outbox
 * (what /api/dev/sms/latest reads); the Aliyun provider calls dysmsapi SendSms over HTTPS with the
 * documented RPC signature (HMAC-SHA1 over the percent-encoded, sorted query).
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Config } from '../../config/config.js';
import type { SmsMessage, SmsProvider } from '../../app-deps.js';

export const smsText = (code: string) => `您的验证码为${code}，5分钟内有效。如非本人操作，请忽略本短信。`;

export class DevelopmentSmsProvider implements SmsProvider {
  readonly name = 'development';
  constructor(
    private readonly db: Knex,
    private readonly now: () => Date,
  ) {}

  async send(message: SmsMessage): Promise<void> {
    await this.db('sms_outbox').insert({
      provider: this.name,
      phone: message.phone,
      purpose: message.purpose,
      code: message.code,
      content: `【天水市智慧金融服务平台】${smsText(message.code)}`,
      created_at: this.now(),
    });
  }
}

/** RFC 3986 percent-encoding as Aliyun's signature requires (space → %20, `*` → %2A, `~` kept). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The RPC signature: base64(HMAC-SHA1(secret + "&", METHOD&%2F&percentEncode(canonicalQuery))). */
export function aliyunRpcSignature(
  method: 'GET' | 'POST',
  params: Record<string, string>,
  accessKeySecret: string,
) {
  const canonical = Object.keys(params)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k])}`)
    .join('&');
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign).digest('base64');
}

type AliyunConfig = Config['sms']['aliyun'];

export class AliyunSmsProvider implements SmsProvider {
  readonly name = 'aliyun';
  constructor(
    private readonly config: AliyunConfig,
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The signed query parameters of one SendSms call (exposed for tests). */
  signedParams(message: SmsMessage, nonce: string = randomUUID()): Record<string, string> {
    const params: Record<string, string> = {
      AccessKeyId: this.config.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      PhoneNumbers: message.phone,
      RegionId: 'cn-hangzhou',
      SignName: this.config.signName,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: nonce,
      SignatureVersion: '1.0',
      TemplateCode: this.config.templateCode,
      TemplateParam: JSON.stringify({ code: message.code }),
      Timestamp: this.now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
    };
    return { ...params, Signature: aliyunRpcSignature('GET', params, this.config.accessKeySecret) };
  }

  async send(message: SmsMessage): Promise<void> {
    const params = this.signedParams(message);
    const query = Object.entries(params)
      .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
      .join('&');
    const url = `${this.config.endpoint.replace(/\/?$/, '/')}?${query}`;
    const response = await this.fetchImpl(url, { method: 'GET', signal: AbortSignal.timeout(10_000) });
    const body = (await response.json().catch(() => ({}))) as { Code?: string; Message?: string };
    if (!response.ok || body.Code !== 'OK') {
      throw new Error(
        `Aliyun SendSms failed: HTTP ${response.status} ${body.Code ?? ''} ${body.Message ?? ''}`.trim(),
      );
    }
  }
}

export function createSmsProvider(config: Config, db: Knex, now: () => Date): SmsProvider {
  return config.sms.provider === 'aliyun'
    ? new AliyunSmsProvider(config.sms.aliyun, fetch, now)
    : new DevelopmentSmsProvider(db, now);
}
