import { describe, expect, it } from 'vitest';
import type { CurrentEnterpriseAuthorization } from '@jrpt/contracts';
import { firstLoanGate } from './first-loan-gate';

const enterprise = { type: 'enterprise' as const };
const current = (firstLoan: CurrentEnterpriseAuthorization['firstLoan']): CurrentEnterpriseAuthorization => ({
  latest: null,
  verified: null,
  firstLoan,
});

describe('firstLoanGate', () => {
  it('waits for the user, then sends a visitor to log in', () => {
    expect(firstLoanGate(undefined, undefined)).toEqual({ kind: 'checking' });
    expect(firstLoanGate(null, undefined)).toEqual({ kind: 'login' });
  });

  it('refuses a personal account without asking the API', () => {
    const gate = firstLoanGate({ type: 'personal' }, undefined);
    expect(gate).toMatchObject({ kind: 'refused', reason: 'not_enterprise', title: '首贷仅面向企业用户' });
  });

  it('waits for the enterprise authorization, then opens the form when eligible', () => {
    expect(firstLoanGate(enterprise, undefined)).toEqual({ kind: 'checking' });
    expect(firstLoanGate(enterprise, current({ eligible: true, reason: null, message: null }))).toEqual({
      kind: 'open',
    });
  });

  it('asks for 企业授权 first, with the API message', () => {
    const gate = firstLoanGate(
      enterprise,
      current({ eligible: false, reason: 'authorization_required', message: '请先完成企业授权（接口）' }),
    );
    expect(gate).toEqual({
      kind: 'refused',
      reason: 'authorization_required',
      title: '请先完成企业授权',
      message: '请先完成企业授权（接口）',
    });
  });

  it('refuses an enterprise with a recorded loan, falling back to its own words without a message', () => {
    const gate = firstLoanGate(
      enterprise,
      current({ eligible: false, reason: 'has_loan_record', message: null }),
    );
    expect(gate).toMatchObject({ kind: 'refused', reason: 'has_loan_record', title: '该企业不属于首贷对象' });
    expect(gate.kind === 'refused' && gate.message).toContain('已有贷款记录');
  });
});
