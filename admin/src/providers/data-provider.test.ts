import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataProvider, totalText } from './data-provider';
import { http } from './http';

afterEach(() => vi.restoreAllMocks());

describe('dataProvider.getList', () => {
  it('asks for a window, the sort and the filters in simple-rest form, and reads the total', async () => {
    const get = vi
      .spyOn(http, 'get')
      .mockResolvedValue({ data: [{ id: 3 }], headers: { 'x-total-count': '21' } });
    const result = await dataProvider.getList({
      resource: 'loan-applications',
      pagination: { currentPage: 3, pageSize: 10 },
      sorters: [{ field: 'createdAt', order: 'desc' }],
      filters: [
        { field: 'status', operator: 'eq', value: 'submitted' },
        { field: 'overdue', operator: 'eq', value: 'true' },
        { field: 'name', operator: 'contains', value: '银行' },
      ],
    });
    const url = new URL(get.mock.calls[0][0], 'http://x');
    expect(url.pathname).toBe('/api/admin/loan-applications');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      _start: '20',
      _end: '30',
      _sort: 'createdAt',
      _order: 'desc',
      status: 'submitted',
      overdue: 'true',
      name_like: '银行',
    });
    expect(result).toEqual({ data: [{ id: 3 }], total: 21, capped: false });
  });

  it('says when the API stopped counting', async () => {
    vi.spyOn(http, 'get').mockResolvedValue({
      data: [],
      headers: { 'x-total-count': '10000', 'x-total-count-capped': 'true' },
    });
    const result = await dataProvider.getList({ resource: 'financing-demands' });
    expect(result.capped).toBe(true);
    expect(totalText(result.total, result)).toBe('超过 10000 条');
    expect(totalText(21, { data: [], total: 21, capped: false })).toBe('共 21 条');
  });
});
