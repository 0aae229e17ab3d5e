/**
 * Graphic captchas, stored in the database so any API instance can check them. The answer is kept
 * only as a hash; one wrong guess burns the captcha. A solved captcha may send one SMS code and
 * then serve its form (registration, login) once.
 */
import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import svgCaptchaModule from 'svg-captcha';
import { HttpError } from '../../http/errors.js';
import { toIso } from '../../db/knex.js';

// The package's own call signature (draw a given text) is missing from its type declarations.
type DrawCaptcha = (
  text: string,
  options: NonNullable<Parameters<typeof svgCaptchaModule.create>[0]>,
) => string;
const drawCaptcha = svgCaptchaModule as unknown as DrawCaptcha;

export const CAPTCHA_TTL_SECONDS = 300;
/** No characters that look alike (0/O/o, 1/I/l, ...). */
const CHARSET = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';

const answerHash = (id: string, text: string) =>
  createHash('sha256').update(`${id}:${text.trim().toLowerCase()}`).digest('hex');

export const captchaError = (message: string) =>
  new HttpError(400, 'captcha_failed', message, { captchaText: message });

export async function issueCaptcha(db: Knex, opts: { now: Date; keepText: boolean }) {
  const text = Array.from({ length: 4 }, () => CHARSET[randomInt(CHARSET.length)]).join('');
  const id = randomUUID();
  // svg-captcha draws the text we chose (crypto-random) rather than its own Math.random text.
  const svg = drawCaptcha(text, {
    width: 120,
    height: 40,
    fontSize: 46,
    noise: 2,
    color: true,
    background: '#f3f6fb',
  });
  await db('captchas').insert({
    id,
    answer_hash: answerHash(id, text),
    dev_text: opts.keepText ? text : null,
    created_at: opts.now,
    expires_at: new Date(opts.now.getTime() + CAPTCHA_TTL_SECONDS * 1000),
    sms_used_at: null,
    used_at: null,
  });
  // Housekeeping without a scheduler: now and then, drop captchas that expired an hour ago.
  if (randomInt(20) === 0)
    await db('captchas')
      .where('expires_at', '<', new Date(opts.now.getTime() - 3_600_000))
      .delete();
  return { captchaId: id, svg, expiresInSeconds: CAPTCHA_TTL_SECONDS };
}

interface CaptchaRow {
  id: string;
  answer_hash: string;
  expires_at: unknown;
  sms_used_at: unknown;
  used_at: unknown;
}

/**
 * Checks an answer. `sms` uses the captcha to send one SMS code (it stays good for its form);
 * `form` uses it up. Throws a 400 naming `captchaText` otherwise.
 */
export async function checkCaptcha(
  db: Knex,
  answer: { captchaId: string; captchaText: string },
  use: 'sms' | 'form',
  now: Date,
) {
  const expired = captchaError('图形验证码已失效，请点击图片刷新后重新输入');
  const row = (await db('captchas').where({ id: answer.captchaId }).first()) as CaptchaRow | undefined;
  if (!row || row.used_at || (use === 'sms' && row.sms_used_at) || new Date(toIso(row.expires_at)) <= now)
    throw expired;
  const column = use === 'sms' ? 'sms_used_at' : 'used_at';
  if (answerHash(row.id, answer.captchaText) !== row.answer_hash) {
    await db('captchas').where({ id: row.id }).update({ used_at: now });
    throw captchaError('图形验证码错误，请刷新后重新输入');
  }
  // Conditional update: of two requests racing with one captcha, only one wins.
  const updated = await db('captchas')
    .where({ id: row.id })
    .whereNull(column)
    .whereNull('used_at')
    .update({ [column]: now });
  if (updated !== 1) throw expired;
}

export async function readDevCaptchaText(db: Knex, id: string): Promise<string | null> {
  const row = await db('captchas').where({ id }).first('dev_text');
  return (row?.dev_text as string | null | undefined) ?? null;
}
