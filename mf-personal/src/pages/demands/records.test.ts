import { describe, expect, it } from 'vitest';
import {
  demandListUrl,
  productColumn,
  publishTypeText,
  rateRangeText,
  reviewColumn,
  wanColumn,
} from './records';

describe('需求记录 columns', () => {
  it('发布类型 names the account type and marks 首贷', () => {
    expect(publishTypeText({ borrowerType: 'personal', channel: 'market' })).toBe('个人');
    expect(publishTypeText({ borrowerType: 'enterprise', channel: 'first_loan' })).toBe('企业（首贷）');
  });

  it('shows the (万) columns as numbers, "--" before there is one', () => {
    expect(wanColumn(10_000)).toBe('1');
    expect(wanColumn(1_500_000)).toBe('150');
    expect(wanColumn(null)).toBe('--');
  });

  it('归属产品 and 初审结果 wait with "--"', () => {
    expect(productColumn({ productName: null })).toBe('--');
    expect(productColumn({ productName: '抗疫贷' })).toBe('抗疫贷');
    expect(reviewColumn({ reviewResult: null, reasonCode: null, status: 'pending' })).toBe('--');
    expect(reviewColumn({ reviewResult: 'passed', reasonCode: null, status: 'credit_granted' })).toBe(
      '初审通过',
    );
    expect(
      reviewColumn({ reviewResult: 'failed', reasonCode: 'materials_incomplete', status: 'review_failed' }),
    ).toBe('初审未通过（材料不全或信息不实）');
  });

  it('期望利率 reads from basis points', () => {
    expect(rateRangeText(350, 600)).toBe('3.50% — 6.00%（年化）');
  });

  it('pages the list', () => {
    expect(demandListUrl(3, 10)).toBe('/api/financing-demands?page=3&pageSize=10');
  });
});
