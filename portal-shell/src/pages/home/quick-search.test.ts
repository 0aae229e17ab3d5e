import { describe, expect, it } from 'vitest';
import { amountProblem, marketSearchHref } from './quick-search';

describe('我要融资', () => {
  it('opens 金融超市 with the chosen filters', () => {
    expect(marketSearchHref({ amountWan: '50', termMonths: '12', method: 'credit' })).toBe(
      '/market?amountWan=50&termMonths=12&method=credit',
    );
    expect(marketSearchHref({ amountWan: ' 1.5 ', termMonths: '', method: '' })).toBe(
      '/market?amountWan=1.5',
    );
    expect(marketSearchHref({ amountWan: '', termMonths: '', method: '' })).toBe('/market');
  });

  it('drops values 金融超市 would refuse', () => {
    expect(marketSearchHref({ amountWan: '-3', termMonths: '7', method: 'cash' })).toBe('/market');
  });

  it.each([
    ['', null],
    ['300', null],
    ['0.0001', null],
    ['abc', '融资金额必须是数字'],
    ['0', '融资金额必须大于0'],
    ['2000000', '融资金额不能超过1000000万元'],
    ['1.23456', '融资金额最多精确到元（4位小数）'],
  ])('amount %s → %s', (value, problem) => {
    expect(amountProblem(value)).toBe(problem);
  });
});
