import { describe, expect, it } from 'vitest';
import { fundQuery } from '@jrpt/contracts';
import { readSearch, writeSearch } from '@jrpt/portal-kit/remote';
import { fundEstablished, fundScale } from './format';

describe('基金 figures', () => {
  it('shows 管理规模 in 万元', () => {
    expect(fundScale({ scaleYuan: 1_500_000_000 })).toBe('150,000 万元');
    expect(fundScale({ scaleYuan: 15_000 })).toBe('1.5 万元');
    expect(fundScale({ scaleYuan: null })).toBe('—');
  });

  it('shows 成立时间 as the calendar date it is', () => {
    expect(fundEstablished({ establishedOn: '2019-08-01' })).toBe('2019-08-01');
    expect(fundEstablished({ establishedOn: null })).toBe('—');
  });
});

describe('投资机构 list state in the URL', () => {
  it('reads keyword and page, dropping what the contract rejects', () => {
    expect(readSearch(fundQuery, new URLSearchParams('keyword=医疗&page=2'))).toEqual({
      keyword: '医疗',
      page: 2,
      pageSize: 10,
    });
    expect(readSearch(fundQuery, new URLSearchParams(`keyword=${'长'.repeat(51)}&page=-1`))).toEqual({
      page: 1,
      pageSize: 10,
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(writeSearch(fundQuery, { keyword: '医疗', page: 1, pageSize: 10 }).toString()).toBe(
      new URLSearchParams({ keyword: '医疗' }).toString(),
    );
  });
});
