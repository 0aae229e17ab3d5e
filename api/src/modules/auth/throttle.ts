/**
 * Login throttling in the database (shared by all API instances): failures are counted per typed
 * login and per client IP. Five failures lock that key for 1 minute, the next lock 2, then 4 ...
 * at most an hour. A quiet hour forgets the count.
 */
import type { Knex } from 'knex';
import { toIso } from '../../db/knex.js';
import { tooManyRequests } from '../../http/errors.js';

export const MAX_FAILURES = 5;
const MAX_LOCK_MINUTES = 60;
const FORGET_AFTER_MS = 3_600_000;

export const throttleKeys = {
  login: (realm: string, login: string) => `login:${realm}:${login.trim().toLowerCase()}`.slice(0, 191),
  ip: (ip: string | undefined) => `ip:${ip ?? 'unknown'}`.slice(0, 191),
  password: (accountId: number) => `password:${accountId}`,
};

interface ThrottleRow {
  key: string;
  failures: number;
  locks: number;
  locked_until: unknown;
  updated_at: unknown;
}

const ms = (v: unknown) => new Date(toIso(v)).getTime();

/** Throws 429 when any of the keys is locked now. */
export async function assertNotLocked(db: Knex, keys: string[], now: Date) {
  const rows = (await db('login_throttles')
    .whereIn('key', keys)
    .whereNotNull('locked_until')) as ThrottleRow[];
  const until = Math.max(0, ...rows.map((r) => ms(r.locked_until)));
  if (until > now.getTime()) {
    const minutes = Math.ceil((until - now.getTime()) / 60_000);
    throw tooManyRequests(`失败次数过多，已暂时锁定，请${minutes}分钟后再试`);
  }
}

export async function recordFailure(db: Knex, keys: string[], now: Date) {
  for (const key of keys) {
    await db.transaction(async (trx) => {
      await trx('login_throttles')
        .insert({ key, failures: 0, locks: 0, locked_until: null, updated_at: now })
        .onConflict('key')
        .ignore();
      const row = (await trx('login_throttles').where({ key }).forUpdate().first()) as ThrottleRow;
      const stale =
        now.getTime() - ms(row.updated_at) > FORGET_AFTER_MS &&
        !(row.locked_until && ms(row.locked_until) > now.getTime());
      let failures = (stale ? 0 : row.failures) + 1;
      let locks = stale ? 0 : row.locks;
      let lockedUntil: Date | null = row.locked_until && !stale ? new Date(ms(row.locked_until)) : null;
      if (failures >= MAX_FAILURES) {
        const minutes = Math.min(2 ** locks, MAX_LOCK_MINUTES);
        lockedUntil = new Date(now.getTime() + minutes * 60_000);
        locks += 1;
        failures = 0;
      }
      await trx('login_throttles')
        .where({ key })
        .update({ failures, locks, locked_until: lockedUntil, updated_at: now });
    });
  }
}

export async function clearThrottle(db: Knex | Knex.Transaction, key: string) {
  await db('login_throttles').where({ key }).delete();
}
