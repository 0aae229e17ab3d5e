import { describe, expect, it } from 'vitest';
import { nextListParams, pageParam } from './paging';

describe('list query strings', () => {
  it.each([
    [null, 1],
    ['3', 3],
    ['0', 1],
    ['-2', 1],
    ['2.5', 1],
    ['abc', 1],
    ['100001', 1],
  ])('page %s → %s', (value, page) => {
    expect(pageParam(value)).toBe(page);
  });

  it('resets to page 1 when a filter changes', () => {
    const next = nextListParams(new URLSearchParams('kind=news&page=4&keyword=贷款'), { keyword: '首贷' });
    expect(next.toString()).toBe(new URLSearchParams('kind=news&keyword=首贷').toString());
  });

  it('keeps filters when the page changes and drops page=1 and empty values', () => {
    expect(nextListParams(new URLSearchParams('kind=news'), { page: 2 }).toString()).toBe('kind=news&page=2');
    expect(nextListParams(new URLSearchParams('kind=news&page=2'), { page: 1 }).toString()).toBe('kind=news');
    expect(nextListParams(new URLSearchParams('kind=news&keyword=x'), { keyword: '' }).toString()).toBe(
      'kind=news',
    );
  });
});
