import { describe, expect, it } from 'vitest';
import { institutionQuery, marketQuery } from '@jrpt/contracts';
import { patchSearch, readSearch, writeSearch, joinPath, mountPath } from '@jrpt/portal-kit/remote';
import { apiQueryOf } from './pages/market/market-query';

const read = (qs: string) => readSearch(marketQuery, new URLSearchParams(qs));

describe('金融超市 filters in the URL', () => {
  it('reads the defaults from an empty URL', () => {
    expect(read('')).toEqual({ page: 1, pageSize: 10, sort: 'newest' });
  });

  it("reads the shell's 我要融资 quick search link", () => {
    expect(read('amountWan=50&termMonths=12&method=credit')).toEqual({
      page: 1,
      pageSize: 10,
      sort: 'newest',
      amountWan: 50,
      termMonths: 12,
      method: 'credit',
    });
  });

  it('reads every condition with its type', () => {
    const f = read(
      'institutionType=bank&name=抗疫&institutionId=3&tag=小微&feature=随借随还&category=enterprise' +
        '&regionId=2&maxRate=4.5&firstLoan=true&sort=rate&page=3&pageSize=20',
    );
    expect(f).toEqual({
      institutionType: 'bank',
      name: '抗疫',
      institutionId: 3,
      tag: '小微',
      feature: '随借随还',
      category: 'enterprise',
      regionId: 2,
      maxRate: 4.5,
      firstLoan: true,
      sort: 'rate',
      page: 3,
      pageSize: 20,
    });
  });

  it('drops values the contract rejects, falling back to defaults', () => {
    expect(
      read('method=cash&amountWan=-5&termMonths=1.5&maxRate=99&sort=cheapest&page=0&institutionId=abc'),
    ).toEqual({
      page: 1,
      pageSize: 10,
      sort: 'newest',
    });
  });

  it('ignores params it does not know and empty values', () => {
    expect(read('utm_source=x&name=&tag=')).toEqual({ page: 1, pageSize: 10, sort: 'newest' });
  });

  it('writes only what differs from the defaults', () => {
    expect(writeSearch(marketQuery, { page: 1, pageSize: 10, sort: 'newest' }).toString()).toBe('');
    const qs = writeSearch(marketQuery, {
      page: 2,
      pageSize: 10,
      sort: 'amount',
      method: 'mortgage',
      amountWan: 30,
      firstLoan: true,
      name: undefined,
    }).toString();
    expect(Object.fromEntries(new URLSearchParams(qs))).toEqual({
      method: 'mortgage',
      amountWan: '30',
      firstLoan: 'true',
      sort: 'amount',
      page: '2',
    });
  });

  it('round-trips: what is written reads back the same', () => {
    const f = read('institutionType=guarantee&regionId=4&termMonths=24&sort=term&page=2&tag=三农');
    expect(readSearch(marketQuery, writeSearch(marketQuery, f))).toEqual(f);
  });

  it('goes back to page 1 when a condition changes, not when the page does', () => {
    const f = read('method=credit&page=4');
    expect(patchSearch(f, { regionId: 2 }).page).toBe(1);
    expect(patchSearch(f, { method: undefined }).page).toBe(1);
    expect(patchSearch(f, { page: 5 }).page).toBe(5);
    expect(patchSearch(f, { page: 5 }).method).toBe('credit');
  });

  it('sends the conditions to the API without the page fields (the list adds them)', () => {
    expect(apiQueryOf(read('method=credit&firstLoan=true&page=2'))).toEqual({
      method: 'credit',
      firstLoan: true,
      sort: 'newest',
    });
  });
});

describe('金融机构 filters in the URL', () => {
  it('reads 服务区域 and 机构类型', () => {
    expect(readSearch(institutionQuery, new URLSearchParams('type=microloan&regionId=5&page=2'))).toEqual({
      type: 'microloan',
      regionId: 5,
      page: 2,
      pageSize: 10,
    });
  });
});

describe('paths inside the micro-frontend', () => {
  it('joins under the mount point, and at the root when alone', () => {
    expect(joinPath('/market', 'products/3')).toBe('/market/products/3');
    expect(joinPath('/market/', '/institutions')).toBe('/market/institutions');
    expect(joinPath('/market', '?institutionId=2')).toBe('/market?institutionId=2');
    expect(joinPath('/market', '')).toBe('/market');
    expect(joinPath('/', 'products/3')).toBe('/products/3');
    expect(joinPath('/', '?institutionId=2')).toBe('/?institutionId=2');
    expect(joinPath('/', '')).toBe('/');
  });
});

describe('where the micro-frontend is mounted', () => {
  it('is the path without what the splat route matched', () => {
    expect(mountPath('/market', '')).toBe('/market');
    expect(mountPath('/market/', '')).toBe('/market');
    expect(mountPath('/market/institutions', 'institutions')).toBe('/market');
    expect(mountPath('/market/products/3', 'products/3')).toBe('/market');
    expect(mountPath('/portal/market/products/3/', 'products/3/')).toBe('/portal/market');
  });

  it('counts segments, so percent-encoding does not matter', () => {
    expect(mountPath('/market/products/%E4%B8%AD', 'products/中')).toBe('/market');
  });

  it('is the root when the app runs alone under its basename', () => {
    expect(mountPath('/', '')).toBe('/');
    expect(mountPath('/institutions', 'institutions')).toBe('/');
  });
});
