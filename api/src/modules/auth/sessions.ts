/**
 * Server-side sessions in the database (so two API instances behave as one). The cookie holds a
 * random token; the table holds only its sha256. Idle timeout slides with use; the absolute
 * timeout does not. Portal (borrowers) and admin (staff) are separate realms with separate cookies.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';
import type { Knex } from 'knex';
import type { Role } from '@jrpt/contracts';
import type { Config } from '../../config/config.js';
import type { Principal, Realm, SessionResolver } from '../../app-deps.js';
import { toIso } from '../../db/knex.js';

export const COOKIES: Record<Realm, { session: string; csrf: string }> = {
  portal: { session: 'jrpt_sid', csrf: 'jrpt_csrf' },
  admin: { session: 'jrpt_admin_sid', csrf: 'jrpt_admin_csrf' },
};

/** last_seen_at is written at most this often, so reads do not become writes. */
const TOUCH_EVERY_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const toMs = (value: unknown) => new Date(toIso(value)).getTime();

interface SessionRow {
  id: string;
  realm: Realm;
  account_id: number;
  csrf_token: string;
  last_seen_at: unknown;
  expires_at: unknown;
  role: Role;
  institution_id: number | null;
  status: string;
}

export function createSessionResolver(
  db: Knex,
  config: Config,
  now: () => Date = () => new Date(),
): SessionResolver {
  const idleMs = config.session.idleMinutes * 60_000;
  return {
    async resolve(req: Request, realm: Realm): Promise<Principal | null> {
      const token: unknown = req.cookies?.[COOKIES[realm].session];
      if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
      const id = hashToken(token);
      const row = (await db('sessions as s')
        .join('accounts as a', 'a.id', 's.account_id')
        .where('s.id', id)
        .first(
          's.id',
          's.realm',
          's.account_id',
          's.csrf_token',
          's.last_seen_at',
          's.expires_at',
          'a.role',
          'a.institution_id',
          'a.status',
        )) as SessionRow | undefined;
      if (!row || row.realm !== realm) return null;
      const t = now().getTime();
      const lastSeen = toMs(row.last_seen_at);
      if (row.status !== 'active' || t >= toMs(row.expires_at) || t >= lastSeen + idleMs) {
        await db('sessions').where({ id }).delete();
        return null;
      }
      if (t - lastSeen >= TOUCH_EVERY_MS) {
        await db('sessions')
          .where({ id })
          .update({ last_seen_at: new Date(t) });
      }
      return {
        accountId: row.account_id,
        role: row.role,
        institutionId: row.institution_id ?? null,
        sessionId: row.id,
        csrfToken: row.csrf_token,
      };
    },
  };
}

export interface NewSession {
  token: string;
  id: string;
  csrfToken: string;
}

/** Starts a session (a fresh id every login) in the given transaction. */
export async function createSession(
  trx: Knex | Knex.Transaction,
  opts: { realm: Realm; accountId: number; config: Config; now: Date; req: Request },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const id = hashToken(token);
  await trx('sessions').insert({
    id,
    realm: opts.realm,
    account_id: opts.accountId,
    csrf_token: csrfToken,
    ip: opts.req.ip?.slice(0, 64) ?? null,
    user_agent: opts.req.get('user-agent')?.slice(0, 255) ?? null,
    created_at: opts.now,
    last_seen_at: opts.now,
    expires_at: new Date(opts.now.getTime() + opts.config.session.absoluteHours * 3_600_000),
  });
  // Housekeeping without a scheduler: now and then, drop sessions past their absolute timeout.
  if (randomInt(20) === 0) await trx('sessions').where('expires_at', '<', opts.now).delete();
  return { token, id, csrfToken };
}

/** The session presented by the request (if any), ended: used at login (no fixation) and logout. */
export async function endPresentedSession(trx: Knex | Knex.Transaction, req: Request, realm: Realm) {
  const token: unknown = req.cookies?.[COOKIES[realm].session];
  if (typeof token === 'string' && token.length <= 100)
    await trx('sessions')
      .where({ id: hashToken(token) })
      .delete();
}

function cookieBase(config: Config): CookieOptions {
  return { path: '/', sameSite: 'lax', secure: config.production };
}

export function setSessionCookies(res: Response, realm: Realm, session: NewSession, config: Config) {
  const maxAge = config.session.absoluteHours * 3_600_000;
  res.cookie(COOKIES[realm].session, session.token, { ...cookieBase(config), httpOnly: true, maxAge });
  // Readable by the page's script, which sends it back as X-CSRF-Token.
  res.cookie(COOKIES[realm].csrf, session.csrfToken, { ...cookieBase(config), httpOnly: false, maxAge });
}

export function clearSessionCookies(res: Response, realm: Realm, config: Config) {
  res.clearCookie(COOKIES[realm].session, { ...cookieBase(config), httpOnly: true });
  res.clearCookie(COOKIES[realm].csrf, { ...cookieBase(config), httpOnly: false });
}
