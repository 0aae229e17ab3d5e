/**
 * SMS verification codes: 6 digits, valid 5 minutes, one send per phone per 60 s, a daily cap per
 * phone, 5 wrong tries and the code is void. Only a hash of the code is stored.
 */
import { createHash, randomInt } from 'node:crypto';
import type { Knex } from 'knex';
import type { SmsPurpose } from '@jrpt/contracts';
import type { AppDeps } from '../../app-deps.js';
import { toIso } from '../../db/knex.js';
import { HttpError, tooManyRequests } from '../../http/errors.js';

export const SMS_TTL_SECONDS = 300;
export const SMS_RESEND_SECONDS = 60;
export const SMS_MAX_ATTEMPTS = 5;

const codeHash = (id: number, code: string) => createHash('sha256').update(`${id}:${code}`).digest('hex');
const ms = (v: unknown) => new Date(toIso(v)).getTime();

/** Midnight in Asia/Shanghai (UTC+8, no daylight saving) of the given instant, as a UTC Date. */
export function shanghaiDayStart(now: Date): Date {
  const offset = 8 * 3_600_000;
  return new Date(Math.floor((now.getTime() + offset) / 86_400_000) * 86_400_000 - offset);
}

export async function sendSmsCode(deps: AppDeps, phone: string, purpose: SmsPurpose) {
  const { db } = deps;
  const now = deps.now();
  const latest = await db('sms_codes').where({ phone }).orderBy('created_at', 'desc').first('created_at');
  if (latest) {
    const wait = Math.ceil((ms(latest.created_at) + SMS_RESEND_SECONDS * 1000 - now.getTime()) / 1000);
    if (wait > 0) throw tooManyRequests(`短信发送过于频繁，请${wait}秒后再试`);
  }
  const sentToday = await db('sms_codes')
    .where({ phone })
    .where('created_at', '>=', shanghaiDayStart(now))
    .count<{ n: number | string }[]>({ n: '*' })
    .first();
  if (Number(sentToday?.n ?? 0) >= deps.config.sms.dailyLimit) {
    throw tooManyRequests(`该手机号今日获取短信验证码已达${deps.config.sms.dailyLimit}次上限，请明天再试`);
  }

  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const id = await db.transaction(async (trx) => {
    // Only the newest code of a phone and purpose is good.
    await trx('sms_codes')
      .where({ phone, purpose })
      .whereNull('consumed_at')
      .whereNull('voided_at')
      .update({ voided_at: now });
    const [newId] = await trx('sms_codes').insert({
      phone,
      purpose,
      code_hash: 'pending',
      attempts: 0,
      created_at: now,
      expires_at: new Date(now.getTime() + SMS_TTL_SECONDS * 1000),
      consumed_at: null,
      voided_at: null,
    });
    await trx('sms_codes')
      .where({ id: newId })
      .update({ code_hash: codeHash(newId, code) });
    return newId as number;
  });
  try {
    await deps.sms.send({ phone, code, purpose });
  } catch (err) {
    deps.logger.error({ err, provider: deps.sms.name }, 'sms send failed');
    await db('sms_codes').where({ id }).update({ voided_at: now });
    throw new HttpError(503, 'sms_unavailable', '短信发送失败，请稍后再试');
  }
  return { ok: true as const, resendAfterSeconds: SMS_RESEND_SECONDS };
}

interface CodeRow {
  id: number;
  code_hash: string;
  attempts: number;
  expires_at: unknown;
}

const smsError = (message: string) => new HttpError(400, 'sms_code_failed', message, { smsCode: message });

/**
 * Checks a code sent to `phone` for `purpose` and uses it up. Wrong tries are counted (and commit
 * whatever the caller does next); the fifth voids the code.
 */
export async function consumeSmsCode(
  db: Knex,
  opts: { phone: string; purpose: SmsPurpose; code: string; now: Date },
) {
  const row = (await db('sms_codes')
    .where({ phone: opts.phone, purpose: opts.purpose })
    .whereNull('consumed_at')
    .whereNull('voided_at')
    .orderBy('id', 'desc')
    .first('id', 'code_hash', 'attempts', 'expires_at')) as CodeRow | undefined;
  if (!row || ms(row.expires_at) <= opts.now.getTime()) throw smsError('短信验证码已失效，请重新获取');
  if (codeHash(row.id, opts.code) !== row.code_hash) {
    // Increment in SQL so two wrong tries racing each count.
    await db('sms_codes').where({ id: row.id }).increment('attempts', 1);
    const after = await db('sms_codes').where({ id: row.id }).first('attempts');
    const attempts = Number(after?.attempts ?? SMS_MAX_ATTEMPTS);
    const voided = attempts >= SMS_MAX_ATTEMPTS;
    if (voided) await db('sms_codes').where({ id: row.id }).update({ voided_at: opts.now });
    throw smsError(
      voided
        ? '短信验证码错误次数过多，已失效，请重新获取'
        : `短信验证码错误，还可尝试${SMS_MAX_ATTEMPTS - attempts}次`,
    );
  }
  const used = await db('sms_codes')
    .where({ id: row.id })
    .whereNull('consumed_at')
    .whereNull('voided_at')
    .update({ consumed_at: opts.now });
  if (used !== 1) throw smsError('短信验证码已失效，请重新获取');
}
