/**
 * Who may apply through 首贷中心 (§2.10), decided before the form opens: an enterprise with a verified
 * 企业授权 and no recorded loan. The API decides the same on submit; this only says it earlier.
 */
import type { BorrowerType, CurrentEnterpriseAuthorization } from '@jrpt/contracts';

export type FirstLoanRefusal = 'not_enterprise' | 'authorization_required' | 'has_loan_record';

export type FirstLoanGate =
  /** Still reading who is logged in or the enterprise's 企业授权. */
  | { kind: 'checking' }
  | { kind: 'login' }
  | { kind: 'refused'; reason: FirstLoanRefusal; title: string; message: string }
  | { kind: 'open' };

export const FIRST_LOAN_REFUSAL_TITLES: Record<FirstLoanRefusal, string> = {
  not_enterprise: '首贷仅面向企业用户',
  authorization_required: '请先完成企业授权',
  has_loan_record: '该企业不属于首贷对象',
};

/** Said when the API has not (a personal account is refused without asking it). */
const FALLBACK_MESSAGES: Record<FirstLoanRefusal, string> = {
  not_enterprise:
    '首贷仅面向未在任何金融机构获取过贷款的企业。个人用户可通过金融超市申请贷款或发布融资需求。',
  authorization_required: '申请首贷前请先完成企业授权：个人中心 → 用户信息 → 企业授权。',
  has_loan_record: '该企业在平台已有贷款记录，不属于首贷对象，请通过金融超市申请贷款。',
};

function refused(reason: FirstLoanRefusal, message?: string | null): FirstLoanGate {
  return {
    kind: 'refused',
    reason,
    title: FIRST_LOAN_REFUSAL_TITLES[reason],
    message: message || FALLBACK_MESSAGES[reason],
  };
}

/**
 * The decision for the logged-in user (undefined while loading, null when logged out) and the
 * enterprise's GET /api/enterprise-authorizations/current (undefined while loading).
 */
export function firstLoanGate(
  user: { type: BorrowerType } | null | undefined,
  current: CurrentEnterpriseAuthorization | undefined,
): FirstLoanGate {
  if (user === undefined) return { kind: 'checking' };
  if (user === null) return { kind: 'login' };
  if (user.type !== 'enterprise') return refused('not_enterprise');
  if (!current) return { kind: 'checking' };
  if (current.firstLoan.eligible) return { kind: 'open' };
  return refused(current.firstLoan.reason ?? 'authorization_required', current.firstLoan.message);
}
