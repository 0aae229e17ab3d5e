/**
 * 统一身份认证（本地开发模拟）: a stand-in OpenID Connect provider served by the API itself in
 * development, so the real OIDC client runs end to end without the province's system. Codes are
 * short-lived signed tokens (no table); keys live in memory for the life of the process.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWK, type CryptoKey } from 'jose';
import type { AppDeps } from '../../app-deps.js';
import { badRequest, HttpError, notFound } from '../../http/errors.js';

const KID = 'jrpt-dev-1';
let keys: Promise<{ privateKey: CryptoKey; publicKey: CryptoKey; jwk: JWK }> | undefined;

function devKeys() {
  keys ??= generateKeyPair('RS256', { extractable: true }).then(async ({ privateKey, publicKey }) => ({
    privateKey,
    publicKey,
    jwk: { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' },
  }));
  return keys;
}

function settings(deps: AppDeps) {
  if (deps.config.sso.provider !== 'development') throw notFound('开发用统一身份认证');
  return deps.config.sso;
}

export function discovery(deps: AppDeps) {
  const { issuer } = settings(deps);
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic'],
    scopes_supported: ['openid', 'profile', 'phone'],
  };
}

export async function jwks(deps: AppDeps) {
  settings(deps);
  return { keys: [(await devKeys()).jwk] };
}

export interface AuthorizeQuery {
  client_id?: string;
  redirect_uri?: string;
  state?: string;
  nonce?: string;
  code_challenge?: string;
  code_challenge_method?: string;
  response_type?: string;
}

function checkAuthorize(deps: AppDeps, q: AuthorizeQuery) {
  const sso = settings(deps);
  if (q.response_type !== 'code') throw badRequest('response_type 只支持 code');
  if (q.client_id !== sso.clientId || q.redirect_uri !== sso.redirectUri)
    throw badRequest('client_id 或 redirect_uri 不正确');
  if (!q.state || !q.nonce || !q.code_challenge || q.code_challenge_method !== 'S256') {
    throw badRequest('缺少 state、nonce 或 PKCE 参数');
  }
  return { ...q, redirect_uri: q.redirect_uri };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The sign-in page: who to be (a phone and a name), then back to the platform. */
export function authorizePage(deps: AppDeps, res: Response, q: AuthorizeQuery) {
  const checked = checkAuthorize(deps, q);
  const hidden = Object.entries(checked)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(String(v ?? ''))}">`)
    .join('');
  const redirectOrigin = new URL(checked.redirect_uri).origin;
  res.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${redirectOrigin}; frame-ancestors 'none'`,
  );
  res.type('html').send(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(deps.config.sso.name)}（本地开发模拟）</title>
<style>body{font-family:sans-serif;max-width:420px;margin:40px auto;padding:0 16px;color:#222}
h1{font-size:20px}p{color:#a15c00;background:#fff7e6;padding:8px;border-radius:4px}
label{display:block;margin:12px 0 4px}input[type=text]{width:100%;padding:8px;box-sizing:border-box}
button{margin-top:16px;padding:8px 24px;background:#1677ff;color:#fff;border:0;border-radius:4px}</style></head>
<body><h1>${escapeHtml(deps.config.sso.name)}</h1><p>本地开发模拟，仅用于开发和测试，不是真实的统一身份认证。</p>
<form method="get" action="approve">${hidden}
<label for="phone">手机号（已实名验证）</label><input id="phone" type="text" name="phone" value="18809386116" required>
<label for="name">姓名</label><input id="name" type="text" name="name" value="张三">
<button type="submit">同意授权并登录</button></form></body></html>`);
}

/** The person is "authenticated": a code goes back to the platform. */
export async function approve(
  deps: AppDeps,
  res: Response,
  q: AuthorizeQuery & { phone?: string; name?: string },
) {
  const checked = checkAuthorize(deps, q);
  const phone = (q.phone ?? '').trim();
  if (!/^1[3-9]\d{9}$/.test(phone)) throw badRequest('手机号格式不正确');
  const { privateKey } = await devKeys();
  const code = await new SignJWT({
    phone,
    name: (q.name ?? '').trim().slice(0, 30),
    nonce: checked.nonce,
    cc: checked.code_challenge,
    redirect_uri: checked.redirect_uri,
  })
    .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'dev-code' })
    .setSubject(`dev-${phone}`)
    .setAudience(`${deps.config.sso.issuer}/token`)
    .setIssuedAt(Math.floor(deps.now().getTime() / 1000))
    .setExpirationTime(Math.floor(deps.now().getTime() / 1000) + 120)
    .sign(privateKey);
  const back = new URL(checked.redirect_uri);
  back.searchParams.set('code', code);
  back.searchParams.set('state', checked.state!);
  res.redirect(302, back.toString());
}

async function formBody(req: Request): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 20_000) throw new HttpError(413, 'too_large', '请求内容过大');
  }
  return new URLSearchParams(text);
}

const oauthError = (error: string) => new HttpError(400, error, `令牌请求被拒绝：${error}`);

export async function token(deps: AppDeps, req: Request) {
  const sso = settings(deps);
  const expected = `Basic ${Buffer.from(`${encodeURIComponent(sso.clientId)}:${encodeURIComponent(sso.clientSecret)}`).toString('base64')}`;
  if (req.get('authorization') !== expected) throw new HttpError(401, 'invalid_client', '客户端认证失败');
  const form = await formBody(req);
  if (form.get('grant_type') !== 'authorization_code') throw oauthError('unsupported_grant_type');
  const { privateKey, publicKey } = await devKeys();
  let claims;
  try {
    ({ payload: claims } = await jwtVerify(form.get('code') ?? '', publicKey, {
      audience: `${sso.issuer}/token`,
      typ: 'dev-code',
      currentDate: deps.now(),
    }));
  } catch {
    throw oauthError('invalid_grant');
  }
  const verifier = form.get('code_verifier') ?? '';
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  if (challenge !== claims.cc || form.get('redirect_uri') !== claims.redirect_uri)
    throw oauthError('invalid_grant');
  const nowSeconds = Math.floor(deps.now().getTime() / 1000);
  const idToken = await new SignJWT({
    nonce: claims.nonce,
    name: claims.name || undefined,
    phone_number: claims.phone,
    phone_number_verified: true,
  })
    .setProtectedHeader({ alg: 'RS256', kid: KID })
    .setIssuer(sso.issuer)
    .setAudience(sso.clientId)
    .setSubject(String(claims.sub))
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + 300)
    .sign(privateKey);
  return { access_token: `dev-${nowSeconds}`, token_type: 'Bearer', expires_in: 300, id_token: idToken };
}
