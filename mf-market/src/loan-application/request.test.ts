import { describe, expect, it } from 'vitest';
import { loanApplicationInput } from '@jrpt/contracts';
import {
  amountLimitError,
  initialLoanValues,
  termLimitError,
  toLoanApplicationRequest,
  type LoanFormValues,
} from './request';

const common: LoanFormValues = {
  amountWan: 50,
  termMonths: 12,
  purpose: '  采购农产品  ',
  annualIncomeWan: null,
  currentLoanTotalWan: 0,
  hasEnforcement: false,
  hasOverdue: null,
  agreed: true,
};

describe('toLoanApplicationRequest', () => {
  it('sends the personal fields only for a personal account, trimmed, and the API schema accepts them', () => {
    const body = toLoanApplicationRequest('personal', 1, 'market', {
      ...common,
      idNumber: '11010519491231002x',
      applicantName: ' 张三 ',
      applicantPhone: '18809386116',
      enterpriseName: '不该发送',
      uscc: '91620503MA74X1C46L',
    });
    expect(body).toEqual({
      applicantType: 'personal',
      productId: 1,
      channel: 'market',
      amountWan: 50,
      termMonths: 12,
      purpose: '采购农产品',
      annualIncomeWan: undefined,
      currentLoanTotalWan: 0,
      hasEnforcement: false,
      hasOverdue: undefined,
      agreed: true,
      idNumber: '11010519491231002X',
      applicantName: '张三',
      applicantPhone: '18809386116',
    });
    expect(loanApplicationInput.safeParse(JSON.parse(JSON.stringify(body))).success).toBe(true);
  });

  it('sends the enterprise fields only for an enterprise account, the code in capitals', () => {
    const body = toLoanApplicationRequest('enterprise', 3, 'first_loan', {
      ...common,
      enterpriseName: '天水市麦积区惠民农产品有限公司',
      uscc: '91620503ma74x1c46l',
      contactName: '李四',
      contactPhone: '13909386116',
      idNumber: '11010519491231002X',
    });
    expect(body).toMatchObject({
      applicantType: 'enterprise',
      productId: 3,
      channel: 'first_loan',
      uscc: '91620503MA74X1C46L',
      contactName: '李四',
    });
    expect(body).not.toHaveProperty('idNumber');
    expect(body).not.toHaveProperty('applicantName');
    expect(loanApplicationInput.safeParse(JSON.parse(JSON.stringify(body))).success).toBe(true);
  });

  it('sends an unticked agreement as false, which the API refuses naming the agreement', () => {
    const body = toLoanApplicationRequest('personal', 1, 'market', { ...common, agreed: undefined });
    expect(body.agreed).toBe(false);
    const parsed = loanApplicationInput.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('《用户授权协议》');
  });
});

describe('product limits', () => {
  const product = { maxAmountYuan: 3_000_000, maxTermMonths: 12 };
  it('refuses an amount above 最高额度 and accepts it at the limit', () => {
    expect(amountLimitError(product, 300)).toBeNull();
    expect(amountLimitError(product, 300.0001)).toBe('申请金额不能超过该产品最高额度300万元');
    expect(amountLimitError(product, null)).toBeNull();
  });
  it('refuses a term above 最长期限', () => {
    expect(termLimitError(product, 12)).toBeNull();
    expect(termLimitError(product, 13)).toBe('申请期限不能超过该产品最长期限12个月');
  });
});

describe('initialLoanValues', () => {
  it('prefills an enterprise from its 企业授权 first, then the account, and the phone', () => {
    const user = {
      type: 'enterprise' as const,
      phone: '13909386116',
      enterpriseName: '账号上的名称',
      uscc: '91620503MA74X1C46L',
    };
    expect(initialLoanValues(user)).toEqual({
      enterpriseName: '账号上的名称',
      uscc: '91620503MA74X1C46L',
      contactPhone: '13909386116',
      agreed: false,
    });
    expect(initialLoanValues(user, { enterpriseName: '授权名称', uscc: 'X' })).toMatchObject({
      enterpriseName: '授权名称',
      uscc: 'X',
    });
  });
  it('prefills a person with the phone only', () => {
    expect(
      initialLoanValues({ type: 'personal', phone: '18809386116', enterpriseName: null, uscc: null }),
    ).toEqual({ applicantPhone: '18809386116', agreed: false });
  });
});
