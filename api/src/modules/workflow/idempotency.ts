/**
 * A double submit makes one record: create endpoints take an `Idempotency-Key` header (one per form
 * instance); a repeat with the same key returns the record the first request made.
 */
import type { Request } from 'express';
import type { Knex } from 'knex';
import type { SubjectType } from '@jrpt/contracts';
import { isUniqueViolation } from '../../db/errors.js';
import { conflict, fieldError } from '../../http/errors.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const KEY_SHAPE = /^[A-Za-z0-9_-]{8,64}$/;

/** The request's key, or null when it sent none; a malformed one is a 400 naming the header. */
export function idempotencyKeyOf(req: Request): string | null {
  const key = req.get(IDEMPOTENCY_HEADER);
  if (key === undefined || key === '') return null;
  if (!KEY_SHAPE.test(key))
    throw fieldError(IDEMPOTENCY_HEADER, '请求标识(Idempotency-Key)应为8-64位字母、数字、- 或 _');
  return key;
}

/**
 * Runs `create` in one transaction that first claims the key. A concurrent or later request with the same
 * key waits for (or finds) the claim and gets the first record's id with `replayed: true`.
 */
export async function createOnce(
  db: Knex,
  opts: { accountId: number; key: string | null; subjectType: SubjectType; now: Date },
  create: (trx: Knex.Transaction) => Promise<number>,
): Promise<{ id: number; replayed: boolean }> {
  const { accountId, key, subjectType, now } = opts;
  if (key === null) return { id: await db.transaction(create), replayed: false };
  try {
    const id = await db.transaction(async (trx) => {
      await trx('idempotency_keys').insert({
        account_id: accountId,
        key,
        subject_type: subjectType,
        subject_id: null,
        created_at: now,
      });
      const created = await create(trx);
      await trx('idempotency_keys').where({ account_id: accountId, key }).update({ subject_id: created });
      return created;
    });
    return { id, replayed: false };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const row = (await db('idempotency_keys')
      .where({ account_id: accountId, key })
      .first('subject_type', 'subject_id')) as
      { subject_type: string; subject_id: number | null } | undefined;
    // The violation came from elsewhere in `create`: not ours to hide.
    if (!row) throw err;
    if (row.subject_type !== subjectType || row.subject_id === null)
      throw conflict('该请求标识已用于其他提交，请刷新页面后重试', 'idempotency_key_reused');
    return { id: Number(row.subject_id), replayed: true };
  }
}

/** Keys older than a week are forgotten (a sweep). */
export async function forgetOldIdempotencyKeys(db: Knex, now: Date): Promise<number> {
  return db('idempotency_keys')
    .where('created_at', '<', new Date(now.getTime() - 7 * 86_400_000))
    .delete();
}
