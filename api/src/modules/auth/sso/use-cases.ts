/**
 * 甘肃省统一身份认证系统 login for borrowers: start (state + nonce + PKCE kept in an encrypted,
 * httpOnly cookie, so any API instance can finish the flow) and callback (code exchange, ID token
 * check, then the platform account found, linked by verified phone, or created).
 */
import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import { isValidMobile, maskPhone } from '@jrpt/contracts';
import type { AppDeps } from '../../../app-deps.js';
import { isUniqueViolation } from '../../../db/errors.js';
import { notFound } from '../../../http/errors.js';
import { recordConsent } from '../../agreements/agreements.js';
import { writeAudit } from '../../audit/audit.js';
import { bumpStat } from '../../home/stats.js';
import { accountsRepo, type AccountRow } from '../repository.js';
import { createSession, endPresentedSession, setSessionCookies } from '../sessions.js';
import { OidcClient, randomToken, SsoError, type SsoIdentity } from './oidc-client.js';

export const SSO_COOKIE = 'jrpt_sso';
const SSO_COOKIE_PATH = '/api/auth/sso';
const FLOW_TTL_MS = 10 * 60_000;
/** A stored hash no password can match: SSO-created accounts log in through the provider. */
export const NO_PASSWORD = '!sso';

interface FlowState {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: number;
}

const clients = new WeakMap<AppDeps, OidcClient>();

export function oidcClientFor(deps: AppDeps): OidcClient {
  let client = clients.get(deps);
  if (!client) {
    const { issuer, clientId, clientSecret, redirectUri, scopes } = deps.config.sso;
    client = new OidcClient({ issuer, clientId, clientSecret, redirectUri, scopes }, fetch, deps.now);
    clients.set(deps, client);
  }
  return client;
}

/** Tests hand in a client whose HTTP goes to the in-process app. */
export function useOidcClient(deps: AppDeps, client: OidcClient) {
  clients.set(deps, client);
}

/** Only a path on our own site: never `//evil.example` or an absolute URL. */
export const safeReturnTo = (value: unknown) =>
  typeof value === 'string' && /^\/(?![/\\])[\w\-./?=&%#]*$/.test(value) && value.length <= 200
    ? value
    : '/personal';

function assertEnabled(deps: AppDeps) {
  if (deps.config.sso.provider === 'none') throw notFound('统一身份认证登录');
}

export async function startSso(deps: AppDeps, res: Response, returnTo: unknown) {
  assertEnabled(deps);
  const flow: FlowState = {
    state: randomToken(),
    nonce: randomToken(),
    codeVerifier: randomToken(),
    returnTo: safeReturnTo(returnTo),
    expiresAt: deps.now().getTime() + FLOW_TTL_MS,
  };
  const url = await oidcClientFor(deps).authorizationUrl(flow);
  res.cookie(SSO_COOKIE, deps.fieldCipher.encrypt(JSON.stringify(flow)), {
    path: SSO_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.production,
    maxAge: FLOW_TTL_MS,
  });
  res.redirect(302, url);
}

function readFlow(deps: AppDeps, req: Request): FlowState | null {
  const raw: unknown = req.cookies?.[SSO_COOKIE];
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  try {
    const flow = JSON.parse(deps.fieldCipher.decrypt(raw)) as FlowState;
    return flow.expiresAt > deps.now().getTime() ? flow : null;
  } catch {
    return null;
  }
}

const loginError = (res: Response, message: string) =>
  res.redirect(302, `/login?ssoError=${encodeURIComponent(message)}`);

export async function finishSso(
  deps: AppDeps,
  req: Request,
  res: Response,
  query: { code?: string; state?: string; error?: string },
) {
  assertEnabled(deps);
  const flow = readFlow(deps, req);
  res.clearCookie(SSO_COOKIE, {
    path: SSO_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.production,
  });
  if (query.error) return loginError(res, `${deps.config.sso.name}未完成登录，请重试`);
  if (!flow || !query.state || query.state !== flow.state || !query.code) {
    return loginError(res, '统一身份认证登录已过期，请重新登录');
  }
  let identity: SsoIdentity;
  try {
    identity = await oidcClientFor(deps).exchange({
      code: query.code,
      codeVerifier: flow.codeVerifier,
      nonce: flow.nonce,
    });
  } catch (err) {
    deps.logger.warn({ err: err instanceof SsoError ? err.message : err }, 'sso exchange failed');
    return loginError(res, `${deps.config.sso.name}暂时无法登录，请稍后再试或使用账号密码登录`);
  }
  const now = deps.now();
  let account: AccountRow | null;
  try {
    account = await resolveAccount(deps, req, identity, now);
  } catch (err) {
    // Two callbacks for one new person raced: the other made the account; use it.
    if (!isUniqueViolation(err)) throw err;
    account = await resolveAccount(deps, req, identity, now);
  }
  if (!account) return loginError(res, `${deps.config.sso.name}未提供已验证的手机号，请先注册平台账号`);
  if (account.status !== 'active') return loginError(res, '账号已停用，请联系平台工作人员');

  const session = await deps.db.transaction(async (trx) => {
    await endPresentedSession(trx, req, 'portal');
    const created = await createSession(trx, {
      realm: 'portal',
      accountId: account.id,
      config: deps.config,
      now,
      req,
    });
    await writeAudit(
      trx,
      {
        principal: { accountId: account.id, role: account.role },
        action: 'auth.login_sso',
        entityType: 'accounts',
        entityId: account.id,
        req,
      },
      now,
    );
    return created;
  });
  setSessionCookies(res, 'portal', session, deps.config);
  res.redirect(302, flow.returnTo);
}

/** The account of this person: already linked, linked now by verified phone, or created. */
async function resolveAccount(
  deps: AppDeps,
  req: Request,
  identity: SsoIdentity,
  now: Date,
): Promise<AccountRow | null> {
  return deps.db.transaction(async (trx: Knex.Transaction) => {
    const linked = (await trx('accounts').where({ sso_subject: identity.subject }).first()) as
      AccountRow | undefined;
    if (linked) return linked.role === 'personal' || linked.role === 'enterprise' ? linked : null;
    if (!identity.phone || !identity.phoneVerified || !isValidMobile(identity.phone)) return null;

    const byPhone = await accountsRepo.findBorrowerByPhone(trx, identity.phone);
    if (byPhone) {
      if (byPhone.sso_subject) return null;
      await trx('accounts')
        .where({ id: byPhone.id })
        .update({ sso_subject: identity.subject, updated_at: now });
      await writeAudit(
        trx,
        {
          principal: { accountId: byPhone.id, role: byPhone.role },
          action: 'account.link_sso',
          entityType: 'accounts',
          entityId: byPhone.id,
          after: { ssoSubject: identity.subject },
          req,
        },
        now,
      );
      return { ...byPhone, sso_subject: identity.subject };
    }

    const name = identity.name?.trim().slice(0, 30) || `用户${maskPhone(identity.phone).slice(-4)}`;
    const [id] = await trx('accounts').insert({
      role: 'personal',
      phone: identity.phone,
      username: name,
      display_name: name,
      password_hash: NO_PASSWORD,
      status: 'active',
      sso_subject: identity.subject,
      created_at: now,
      updated_at: now,
    });
    // The login page says that signing in through the provider accepts the platform agreement.
    await recordConsent(trx, {
      accountId: id,
      code: 'platform_service',
      subjectType: 'sso_registration',
      ip: req.ip,
      now,
    });
    await bumpStat(trx, 'registered_users', 1);
    await writeAudit(
      trx,
      {
        principal: { accountId: id, role: 'personal' },
        action: 'account.register_sso',
        entityType: 'accounts',
        entityId: id,
        after: { phone: identity.phone, username: name, ssoSubject: identity.subject },
        req,
      },
      now,
    );
    return (await trx('accounts').where({ id }).first()) as AccountRow;
  });
}
