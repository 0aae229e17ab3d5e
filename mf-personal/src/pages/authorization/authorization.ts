/** 企业授权 (§2.10): where an enterprise stands. Pure, unit-tested. */
import type { CurrentEnterpriseAuthorization, EnterpriseAuthorization } from '@jrpt/contracts';

export const CURRENT_AUTHORIZATION_KEY = '/api/enterprise-authorizations/current';

export type AuthorizationState =
  | { kind: 'verified'; authorization: EnterpriseAuthorization }
  | { kind: 'failed'; authorization: EnterpriseAuthorization }
  | { kind: 'none' };

/**
 * A verified authorization stays in force even when a later attempt failed; otherwise the last failed
 * attempt (with its reason) or nothing yet.
 */
export function authorizationState(current: CurrentEnterpriseAuthorization): AuthorizationState {
  if (current.verified) return { kind: 'verified', authorization: current.verified };
  if (current.latest?.status === 'failed') return { kind: 'failed', authorization: current.latest };
  return { kind: 'none' };
}

/** 如多次认证失败，请联系平台工作人员 0938-8221924 (the number is a site setting). */
export function helpLine(hotline: string | undefined): string {
  return hotline ? `如多次认证失败，请联系平台工作人员 ${hotline}` : '如多次认证失败，请联系平台工作人员';
}
