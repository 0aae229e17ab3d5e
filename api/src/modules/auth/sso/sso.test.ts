import type { Express } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import {
  anon,
  loginBorrower,
  registerBorrower,
  testApp,
  uniquePhone,
  type Agent,
  type TestApp,
} from '../../../test/harness.js';
import { OidcClient } from './oidc-client.js';
import { safeReturnTo, useOidcClient } from './use-cases.js';

/** A fetch that sends the OIDC client's HTTP calls to the in-process app (the development provider). */
function inProcessFetch(app: Express): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const method = (init?.method ?? 'GET').toLowerCase() as 'get' | 'post';
    let req = request(app)[method](url.pathname + url.search);
    for (const [k, v] of Object.entries((init?.headers as Record<string, string>) ?? {})) req = req.set(k, v);
    const res = await (init?.body ? req.send(String(init.body)) : req);
    return new Response(res.text, {
      status: res.status,
      headers: { 'content-type': res.headers['content-type'] ?? '' },
    });
  }) as typeof fetch;
}

function ssoApp(): TestApp {
  const t = testApp({ env: {} });
  const { issuer, clientId, clientSecret, redirectUri, scopes } = t.config.sso;
  useOidcClient(
    t.deps,
    new OidcClient(
      { issuer, clientId, clientSecret, redirectUri, scopes },
      inProcessFetch(t.app),
      t.deps.now,
    ),
  );
  return t;
}

/** Walks the browser's part: start → provider's approve (as a person) → callback. */
async function ssoLogin(
  t: TestApp,
  agent: Agent,
  person: { phone: string; name?: string },
  returnTo = '/personal',
) {
  const start = await agent.get(`/api/auth/sso/start?returnTo=${encodeURIComponent(returnTo)}`).expect(302);
  const authorize = new URL(start.headers.location);
  expect(authorize.pathname).toBe('/api/dev/sso/authorize');
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  const page = await agent.get(authorize.pathname + authorize.search).expect(200);
  expect(page.text).toContain('本地开发模拟');
  const approveQuery = new URLSearchParams(authorize.search);
  approveQuery.set('phone', person.phone);
  approveQuery.set('name', person.name ?? '');
  const approved = await agent.get(`/api/dev/sso/approve?${approveQuery}`).expect(302);
  const callback = new URL(approved.headers.location);
  expect(callback.origin + callback.pathname).toBe(t.config.sso.redirectUri);
  return agent.get(callback.pathname + callback.search).expect(302);
}

describe('甘肃省统一身份认证系统 (OpenID Connect)', () => {
  it('says whether it is enabled', async () => {
    const t = ssoApp();
    const res = await anon(t).get('/api/auth/sso').expect(200);
    expect(res.body).toEqual({ enabled: true, name: '甘肃省统一身份认证系统', development: true });
  });

  it('creates a personal account at the first login, logs in, and reuses it the next time', async () => {
    const t = ssoApp();
    const phone = uniquePhone();
    const agent = anon(t);
    const done = await ssoLogin(t, agent, { phone, name: '王小明' }, '/market');
    expect(done.headers.location).toBe('/market');
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.user).toMatchObject({ type: 'personal', phone, username: '王小明' });
    const account = await t.db('accounts').where({ phone }).first();
    expect(account.sso_subject).toBe(`${t.config.sso.issuer}|dev-${phone}`);
    const consent = await t
      .db('consents')
      .where({ account_id: account.id, subject_type: 'sso_registration' })
      .first();
    expect(consent).toBeTruthy();

    const again = anon(t);
    await ssoLogin(t, again, { phone });
    const second = await again.get('/api/auth/me').expect(200);
    expect(second.body.user.id).toBe(account.id);
    expect(await t.db('accounts').where({ phone }).count<{ n: number }[]>({ n: '*' }).first()).toMatchObject({
      n: 1,
    });
  });

  it('links an existing borrower by the verified phone; the password keeps working', async () => {
    const t = ssoApp();
    const { phone, password, accountId } = await registerBorrower({ type: 'enterprise' }, t);
    const agent = anon(t);
    await ssoLogin(t, agent, { phone });
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.user).toMatchObject({ id: accountId, type: 'enterprise' });
    expect(
      await t
        .db('audit_logs')
        .where({ action: 'account.link_sso', entity_id: String(accountId) })
        .first(),
    ).toBeTruthy();
    await loginBorrower(phone, password, t);
  });

  it('refuses a callback whose state does not match, or without the flow cookie', async () => {
    const t = ssoApp();
    const agent = anon(t);
    const start = await agent.get('/api/auth/sso/start').expect(302);
    const authorize = new URL(start.headers.location);
    const q = new URLSearchParams(authorize.search);
    q.set('phone', uniquePhone());
    q.set('state', 'forged-state');
    const approved = await agent.get(`/api/dev/sso/approve?${q}`).expect(302);
    const callback = new URL(approved.headers.location);
    const res = await agent.get(callback.pathname + callback.search).expect(302);
    expect(decodeURIComponent(res.headers.location)).toBe(
      '/login?ssoError=统一身份认证登录已过期，请重新登录',
    );
    await agent.get('/api/auth/me').expect(401);

    const stranger = anon(t);
    const noCookie = await stranger.get(callback.pathname + callback.search).expect(302);
    expect(noCookie.headers.location).toMatch(/^\/login\?ssoError=/);
  });

  it('refuses a code replayed with another PKCE verifier', async () => {
    const t = ssoApp();
    const victim = anon(t);
    const start = await victim.get('/api/auth/sso/start').expect(302);
    const q = new URLSearchParams(new URL(start.headers.location).search);
    q.set('phone', uniquePhone());
    const approved = await victim.get(`/api/dev/sso/approve?${q}`).expect(302);
    const code = new URL(approved.headers.location).searchParams.get('code')!;

    // An attacker with the stolen code but their own flow (own state, verifier, nonce).
    const attacker = anon(t);
    const attackerStart = await attacker.get('/api/auth/sso/start').expect(302);
    const state = new URL(attackerStart.headers.location).searchParams.get('state')!;
    const res = await attacker
      .get(`/api/auth/sso/callback?code=${encodeURIComponent(code)}&state=${state}`)
      .expect(302);
    expect(res.headers.location).toMatch(/^\/login\?ssoError=/);
    await attacker.get('/api/auth/me').expect(401);
  });

  it('reports a cancelled login back to the login page', async () => {
    const t = ssoApp();
    const agent = anon(t);
    await agent.get('/api/auth/sso/start').expect(302);
    const res = await agent.get('/api/auth/sso/callback?error=access_denied').expect(302);
    expect(decodeURIComponent(res.headers.location)).toContain('未完成登录');
  });

  it('is absent when not configured', async () => {
    const t = testApp({ env: { SSO_PROVIDER: 'none' } });
    const info = await anon(t).get('/api/auth/sso').expect(200);
    expect(info.body.enabled).toBe(false);
    await anon(t).get('/api/auth/sso/start').expect(404);
    await anon(t).get('/api/dev/sso/.well-known/openid-configuration').expect(404);
  });

  it('only returns to paths on the platform', () => {
    expect(safeReturnTo('/personal?tab=1')).toBe('/personal?tab=1');
    expect(safeReturnTo('//evil.example/x')).toBe('/personal');
    expect(safeReturnTo('https://evil.example')).toBe('/personal');
    expect(safeReturnTo('/\\evil.example')).toBe('/personal');
    expect(safeReturnTo(undefined)).toBe('/personal');
  });
});

describe('OIDC client ID token checks', () => {
  it('refuses an ID token signed by another key', async () => {
    const { generateKeyPair, exportJWK, SignJWT } = await import('jose');
    const good = await generateKeyPair('RS256');
    const evil = await generateKeyPair('RS256');
    const issuer = 'https://sso.example.gov.cn';
    const jwk = { ...(await exportJWK(good.publicKey)), kid: 'k1', alg: 'RS256' };
    const idToken = await new SignJWT({
      nonce: 'n1',
      phone_number: '18809386116',
      phone_number_verified: true,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience('client')
      .setSubject('abc')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(evil.privateKey);
    const fake = (async (input: string | URL | Request) => {
      const url = String(input);
      if (url.endsWith('/.well-known/openid-configuration')) {
        return Response.json({
          issuer,
          authorization_endpoint: `${issuer}/a`,
          token_endpoint: `${issuer}/t`,
          jwks_uri: `${issuer}/k`,
        });
      }
      if (url.endsWith('/k')) return Response.json({ keys: [jwk] });
      return Response.json({ id_token: idToken });
    }) as typeof fetch;
    const client = new OidcClient(
      { issuer, clientId: 'client', clientSecret: 's', redirectUri: 'https://p/cb', scopes: 'openid' },
      fake,
    );
    await expect(client.exchange({ code: 'c', codeVerifier: 'v', nonce: 'n1' })).rejects.toThrow(
      /ID token refused/,
    );
  });
});
