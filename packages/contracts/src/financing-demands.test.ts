import { describe, expect, it } from 'vitest';
import { demandFieldErrors, demandReviewResult, financingDemandInput } from './financing-demands.js';

const form = {
  amountWan: '100',
  termMonths: '12',
  purpose: '经营性融资',
  method: 'unlimited',
  rateMinPercent: 0,
  rateMaxPercent: 6.5,
  regionId: 1,
  contactName: '王经理',
  gender: 'female',
  contactPhone: '13909386116',
};

const issues = (input: unknown) => {
  const r = financingDemandInput.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('financingDemandInput (§2.7)', () => {
  it('accepts the form with 不限 institutions and fills the defaults', () => {
    const v = financingDemandInput.parse(form);
    expect(v).toMatchObject({ amountWan: 100, termMonths: 12, institutionIds: [], firstLoan: false });
    expect(v.enterpriseName).toBeUndefined();
  });

  it('names the field of every mistake in Chinese', () => {
    expect(issues({ ...form, rateMinPercent: 7 })).toEqual({
      rateMaxPercent: '期望利率的最高值不能低于最低值',
    });
    expect(issues({ ...form, institutionIds: [3, 3] })).toEqual({ institutionIds: '期望机构不能重复选择' });
    expect(Object.keys(issues({ ...form, amountWan: undefined }))).toEqual(['amountWan']);
    expect(Object.keys(issues({ ...form, method: 'cash' }))).toEqual(['method']);
    expect(Object.keys(issues({ ...form, gender: '男' }))).toEqual(['gender']);
    expect(Object.keys(issues({ ...form, contactPhone: '123' }))).toEqual(['contactPhone']);
    expect(
      Object.keys(issues({ ...form, institutionIds: Array.from({ length: 21 }, (_, i) => i + 1) })),
    ).toEqual(['institutionIds']);
  });

  it('requires 企业名称 of enterprises only, and 首贷 of enterprises only', () => {
    expect(demandFieldErrors({ enterpriseName: undefined }, 'enterprise')).toEqual({
      enterpriseName: '请填写企业名称',
    });
    expect(demandFieldErrors({ enterpriseName: '  ' }, 'enterprise')).toEqual({
      enterpriseName: '请填写企业名称',
    });
    expect(demandFieldErrors({ enterpriseName: '天水某公司' }, 'enterprise')).toEqual({});
    expect(demandFieldErrors({ enterpriseName: undefined }, 'personal')).toEqual({});
    expect(demandFieldErrors({ firstLoan: true }, 'personal')).toEqual({
      firstLoan: '首贷需求仅限企业用户发布',
    });
  });

  it('reads 初审结果 from the status', () => {
    expect(demandReviewResult('pending')).toBeNull();
    expect(demandReviewResult('accepted')).toBeNull();
    expect(demandReviewResult('review_passed')).toBe('passed');
    expect(demandReviewResult('disbursed')).toBe('passed');
    expect(demandReviewResult('review_failed')).toBe('failed');
    expect(demandReviewResult('withdrawn')).toBeNull();
  });
});
