import { describe, expect, it } from 'vitest';
import { financingDemandInput } from '@jrpt/contracts';
import {
  initialDemandValues,
  isFirstLoanChannel,
  nextInstitutionChoice,
  rateRangeError,
  toDemandInput,
  UNLIMITED,
  type DemandFormValues,
} from './demand-form';

describe('期望机构 checkboxes', () => {
  it('ticking 不限 clears the institutions', () => {
    expect(nextInstitutionChoice([3, 5], [3, 5, UNLIMITED])).toEqual([UNLIMITED]);
  });
  it('ticking an institution clears 不限', () => {
    expect(nextInstitutionChoice([UNLIMITED], [UNLIMITED, 2])).toEqual([2]);
    expect(nextInstitutionChoice([2], [2, 4])).toEqual([2, 4]);
  });
  it('unticking keeps the rest, down to nothing', () => {
    expect(nextInstitutionChoice([2, 4], [4])).toEqual([4]);
    expect(nextInstitutionChoice([UNLIMITED], [])).toEqual([]);
  });
});

describe('期望利率 range', () => {
  it('refuses a maximum below the minimum, with the contracts message', () => {
    expect(rateRangeError(6, 4.5)).toBe('期望利率的最高值不能低于最低值');
    const parsed = financingDemandInput.safeParse({ ...complete(), rateMinPercent: 6, rateMaxPercent: 4.5 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(rateRangeError(6, 4.5));
  });
  it('accepts an equal or rising range, and waits for both ends', () => {
    expect(rateRangeError(4.5, 4.5)).toBeNull();
    expect(rateRangeError(0, 6)).toBeNull();
    expect(rateRangeError(6, null)).toBeNull();
    expect(rateRangeError(undefined, 3)).toBeNull();
  });
});

const values = (over: Partial<DemandFormValues> = {}): DemandFormValues => ({
  amountWan: 50,
  termMonths: 12,
  purpose: ' 经营性融资 ',
  method: 'credit',
  rateMinPercent: 3.5,
  rateMaxPercent: 6,
  institutionIds: [UNLIMITED],
  regionId: 2,
  contactName: '张三',
  gender: 'male',
  contactPhone: '18809386116',
  enterpriseName: '天水市麦积区惠民农产品有限公司',
  ...over,
});
const complete = () => toDemandInput(values(), { borrowerType: 'personal', firstLoan: false });

describe('toDemandInput', () => {
  it('sends 不限 as no institutions, and a personal demand without 企业名称', () => {
    const input = complete();
    expect(input).toMatchObject({ institutionIds: [], purpose: '经营性融资', firstLoan: false });
    expect(input.enterpriseName).toBeUndefined();
    expect(financingDemandInput.safeParse(input).success).toBe(true);
  });

  it('sends the named institutions and, for an enterprise 首贷需求, the name and the flag', () => {
    const input = toDemandInput(values({ institutionIds: [1, 9] }), {
      borrowerType: 'enterprise',
      firstLoan: true,
    });
    expect(input).toMatchObject({
      institutionIds: [1, 9],
      enterpriseName: '天水市麦积区惠民农产品有限公司',
      firstLoan: true,
    });
    const parsed = financingDemandInput.parse(input);
    expect(parsed.amountWan).toBe(50);
  });

  it('leaves out what the form left empty, so the API names the field', () => {
    const input = toDemandInput(values({ amountWan: null, rateMaxPercent: null }), {
      borrowerType: 'personal',
      firstLoan: false,
    });
    expect(input.amountWan).toBeUndefined();
    const parsed = financingDemandInput.safeParse(input);
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual(['amountWan', 'rateMaxPercent']);
  });
});

describe('the form', () => {
  it('starts at 不限 with the account phone, and 经营性融资 for an enterprise', () => {
    expect(initialDemandValues({ type: 'enterprise', phone: '13909386116', enterpriseName: '惠民' })).toEqual(
      {
        method: 'unlimited',
        institutionIds: [UNLIMITED],
        purpose: '经营性融资',
        contactPhone: '13909386116',
        enterpriseName: '惠民',
      },
    );
    expect(
      initialDemandValues({ type: 'personal', phone: '18809386116', enterpriseName: null }).purpose,
    ).toBeUndefined();
  });

  it('is 发布首贷需求 with ?channel=first_loan', () => {
    expect(isFirstLoanChannel(new URLSearchParams('channel=first_loan'))).toBe(true);
    expect(isFirstLoanChannel(new URLSearchParams('channel=market'))).toBe(false);
    expect(isFirstLoanChannel(new URLSearchParams(''))).toBe(false);
  });
});
