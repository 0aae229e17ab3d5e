/**
 * OpenID Connect authorization-code client (with PKCE) for the provincial single sign-on:
 * discovery, the authorization URL, the token exchange and the ID token check against the
 * provider's JWKS (signature, issuer, audience, expiry, nonce).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
}

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

export interface SsoIdentity {
  /** `issuer|sub`: what links a platform account to the provider's person. */
  subject: string;
  phone: string | null;
  phoneVerified: boolean;
  name: string | null;
}

export class SsoError extends Error {}

const base64url = (buf: Buffer) => buf.toString('base64url');
export const randomToken = () => base64url(randomBytes(32));
export const pkceChallenge = (verifier: string) => base64url(createHash('sha256').update(verifier).digest());

const JWKS_TTL_MS = 10 * 60_000;

export class OidcClient {
  private discovery?: Promise<Discovery>;
  private jwks?: { keys: JSONWebKeySet; fetchedAt: number };

  constructor(
    private readonly settings: OidcSettings,
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async getJson<T>(url: string, init?: RequestInit): Promise<T> {
    const res = await this.fetchImpl(url, { ...init, signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new SsoError(`${init?.method ?? 'GET'} ${url}: HTTP ${res.status}`);
    return (await res.json()) as T;
  }

  async metadata(): Promise<Discovery> {
    this.discovery ??= this.getJson<Discovery>(
      `${this.settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    ).then((d) => {
      if (d.issuer !== this.settings.issuer)
        throw new SsoError(`discovery issuer ${d.issuer} is not ${this.settings.issuer}`);
      return d;
    });
    try {
      return await this.discovery;
    } catch (err) {
      this.discovery = undefined;
      throw err;
    }
  }

  async authorizationUrl(opts: { state: string; nonce: string; codeVerifier: string }): Promise<string> {
    const meta = await this.metadata();
    const url = new URL(meta.authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.settings.clientId,
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      state: opts.state,
      nonce: opts.nonce,
      code_challenge: pkceChallenge(opts.codeVerifier),
      code_challenge_method: 'S256',
    }).toString();
    return url.toString();
  }

  private async keys(forceRefresh: boolean): Promise<JSONWebKeySet> {
    const t = this.now().getTime();
    if (!this.jwks || forceRefresh || t - this.jwks.fetchedAt > JWKS_TTL_MS) {
      const meta = await this.metadata();
      this.jwks = { keys: await this.getJson<JSONWebKeySet>(meta.jwks_uri), fetchedAt: t };
    }
    return this.jwks.keys;
  }

  private async verifyIdToken(idToken: string, nonce: string): Promise<JWTPayload> {
    const verify = async (keys: JSONWebKeySet) =>
      jwtVerify(idToken, createLocalJWKSet(keys), {
        issuer: this.settings.issuer,
        audience: this.settings.clientId,
        currentDate: this.now(),
        algorithms: ['RS256', 'ES256', 'PS256'],
      });
    let result;
    try {
      result = await verify(await this.keys(false));
    } catch (err) {
      // The provider may have rotated its keys: fetch them again once.
      if ((err as { code?: string }).code !== 'ERR_JWKS_NO_MATCHING_KEY')
        throw new SsoError(`ID token refused: ${String(err)}`);
      result = await verify(await this.keys(true)).catch((e: unknown) => {
        throw new SsoError(`ID token refused: ${String(e)}`);
      });
    }
    if (result.payload.nonce !== nonce) throw new SsoError('ID token nonce does not match');
    return result.payload;
  }

  /** Exchanges the code (with the PKCE verifier) and returns who logged in. */
  async exchange(opts: { code: string; codeVerifier: string; nonce: string }): Promise<SsoIdentity> {
    const meta = await this.metadata();
    const tokens = await this.getJson<{ id_token?: string }>(meta.token_endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
        Authorization: `Basic ${Buffer.from(
          `${encodeURIComponent(this.settings.clientId)}:${encodeURIComponent(this.settings.clientSecret)}`,
        ).toString('base64')}`,
        // Harmless for a real provider; the development provider runs behind the API's anonymous-POST rule.
        'X-Requested-With': 'XMLHttpRequest',
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: opts.code,
        redirect_uri: this.settings.redirectUri,
        code_verifier: opts.codeVerifier,
      }).toString(),
    });
    if (!tokens.id_token) throw new SsoError('token response has no id_token');
    const claims = await this.verifyIdToken(tokens.id_token, opts.nonce);
    if (!claims.sub) throw new SsoError('ID token has no subject');
    const phone = typeof claims.phone_number === 'string' ? claims.phone_number.replace(/^\+86/, '') : null;
    return {
      subject: `${this.settings.issuer}|${claims.sub}`,
      phone,
      phoneVerified: claims.phone_number_verified === true,
      name: typeof claims.name === 'string' ? claims.name : null,
    };
  }
}
