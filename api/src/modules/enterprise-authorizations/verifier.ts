/**
 * 企业授权 verification providers: the enterprise's name, USCC and legal person (name, ID number) are
 * checked against the registry service. Chosen by ENTERPRISE_VERIFIER.
 */
import type { Config } from '../../config/config.js';
import { HttpError } from '../../http/errors.js';

export interface EnterpriseFacts {
  enterpriseName: string;
  uscc: string;
  legalPersonName: string;
  legalPersonIdNumber: string;
}

export type VerificationOutcome = { verified: true } | { verified: false; reason: string };

export interface EnterpriseVerifier {
  readonly name: string;
  verify(facts: EnterpriseFacts): Promise<VerificationOutcome>;
}

const unavailable = () =>
  new HttpError(503, 'verifier_unavailable', '企业信息核验服务暂不可用，请稍后再试或联系平台工作人员');

/**
 * Development only (refused in production). Rules: the input already passed the form's checks (USCC check
 * character, ID number check digit, non-empty names), so it is verified — except when 法人姓名 is
 * `认证失败` (DEVELOPMENT_FAILING_NAME), which fails as a registry mismatch, for tests and demos.
 */
export class DevelopmentEnterpriseVerifier implements EnterpriseVerifier {
  static readonly FAILING_NAME = '认证失败';
  readonly name = 'development';

  async verify(facts: EnterpriseFacts): Promise<VerificationOutcome> {
    if (facts.legalPersonName === DevelopmentEnterpriseVerifier.FAILING_NAME)
      return { verified: false, reason: '法人信息与登记信息不一致' };
    if (!facts.enterpriseName.trim() || !facts.legalPersonName.trim())
      return { verified: false, reason: '企业名称或法人姓名为空' };
    return { verified: true };
  }
}

/**
 * A registry gateway over HTTP (企业四要素核验):
 *   POST <ENTERPRISE_VERIFIER_URL>
 *   Authorization: Bearer <ENTERPRISE_VERIFIER_KEY>      (when a key is configured)
 *   Content-Type: application/json
 *   { "enterpriseName": "...", "uscc": "...", "legalPersonName": "...", "legalPersonIdNumber": "..." }
 * answers 200 with `{ "match": true }` or `{ "match": false, "reason": "法人姓名与登记信息不一致" }`.
 * Any other status, a malformed body or no answer within ENTERPRISE_VERIFIER_TIMEOUT_MS is "unavailable"
 * (503 to the borrower, nothing recorded), never a failed verification.
 */
export class HttpEnterpriseVerifier implements EnterpriseVerifier {
  readonly name = 'http';

  constructor(private readonly opts: { url: string; key: string; timeoutMs: number }) {}

  async verify(facts: EnterpriseFacts): Promise<VerificationOutcome> {
    let res: Response;
    try {
      res = await fetch(this.opts.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          ...(this.opts.key ? { Authorization: `Bearer ${this.opts.key}` } : {}),
        },
        body: JSON.stringify(facts),
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
    } catch {
      throw unavailable();
    }
    if (res.status !== 200) throw unavailable();
    const body = (await res.json().catch(() => null)) as { match?: unknown; reason?: unknown } | null;
    if (!body || typeof body.match !== 'boolean') throw unavailable();
    if (body.match) return { verified: true };
    const reason =
      typeof body.reason === 'string' && body.reason.trim() ? body.reason.trim() : '企业信息与登记信息不一致';
    return { verified: false, reason: reason.slice(0, 200) };
  }
}

/** Production without a configured provider: 企业授权 is unavailable rather than faked. */
class UnconfiguredEnterpriseVerifier implements EnterpriseVerifier {
  readonly name = 'unconfigured';
  async verify(): Promise<VerificationOutcome> {
    throw unavailable();
  }
}

export function createEnterpriseVerifier(config: Config): EnterpriseVerifier {
  const c = config.enterpriseVerifier;
  if (c.provider === 'http') return new HttpEnterpriseVerifier(c);
  if (c.provider === 'development') return new DevelopmentEnterpriseVerifier();
  return new UnconfiguredEnterpriseVerifier();
}
