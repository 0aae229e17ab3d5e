import { describe, expect, it } from 'vitest';
import type { CurrentEnterpriseAuthorization, EnterpriseAuthorization } from '@jrpt/contracts';
import { authorizationState, helpLine } from './authorization';

const attempt = (status: 'verified' | 'failed', id: number): EnterpriseAuthorization => ({
  id,
  enterpriseName: '天水市麦积区惠民农产品有限公司',
  legalPersonName: '李四',
  legalPersonIdMasked: '6205**********1234',
  uscc: '91620503MA74X1C46Q',
  status,
  failureReason: status === 'failed' ? '法人信息与登记信息不一致' : null,
  createdAt: '2026-03-01T01:30:00.000Z',
});
const current = (
  latest: EnterpriseAuthorization | null,
  verified: EnterpriseAuthorization | null,
): CurrentEnterpriseAuthorization => ({
  latest,
  verified,
  firstLoan: {
    eligible: Boolean(verified),
    reason: verified ? null : 'authorization_required',
    message: null,
  },
});

describe('authorizationState', () => {
  it('is none before any attempt', () => {
    expect(authorizationState(current(null, null))).toEqual({ kind: 'none' });
  });
  it('shows the last failure (with its reason) while nothing is verified', () => {
    const failed = attempt('failed', 2);
    expect(authorizationState(current(failed, null))).toEqual({ kind: 'failed', authorization: failed });
  });
  it('keeps a verified authorization in force after a later failed attempt', () => {
    const verified = attempt('verified', 1);
    expect(authorizationState(current(attempt('failed', 2), verified))).toEqual({
      kind: 'verified',
      authorization: verified,
    });
  });
});

describe('helpLine', () => {
  it('gives the hotline from the site settings', () => {
    expect(helpLine('0938-8221924')).toBe('如多次认证失败，请联系平台工作人员 0938-8221924');
    expect(helpLine(undefined)).toBe('如多次认证失败，请联系平台工作人员');
  });
});
