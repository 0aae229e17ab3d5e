import { describe, expect, it } from 'vitest';
import { pageOf } from './paging';

describe('pageOf', () => {
  it.each([
    ['', 1],
    ['page=3', 3],
    ['page=0', 1],
    ['page=-2', 1],
    ['page=abc', 1],
    ['page=2.5', 1],
    ['page=99999999', 1],
  ])('%s → %i', (query, page) => {
    expect(pageOf(new URLSearchParams(query))).toBe(page);
  });
});
