import type { DataProvider, GetListResponse } from '@refinedev/core';
import dataProviderSimpleRest, { generateFilter, generateSort, stringify } from '@refinedev/simple-rest';
import { http } from './http';

const API = '/api/admin';
const base = dataProviderSimpleRest(API, http);

/**
 * Refine's simple-rest conventions (`_start`, `_end`, `_sort`, `_order`, `field_like`, X-Total-Count) on
 * `/api/admin`. Lists also carry `capped` when the API stopped counting (X-Total-Count-Capped: the total is
 * a floor, "more than"), so a list over millions of rows says so instead of a wrong number.
 */
export const dataProvider: DataProvider = {
  ...base,
  getList: async ({ resource, pagination, filters, sorters }) => {
    const { currentPage = 1, pageSize = 10, mode = 'server' } = pagination ?? {};
    const query: Record<string, unknown> = { ...generateFilter(filters) };
    if (mode === 'server') {
      query._start = (currentPage - 1) * pageSize;
      query._end = currentPage * pageSize;
    }
    const sort = generateSort(sorters);
    if (sort) {
      query._sort = sort._sort.join(',');
      query._order = sort._order.join(',');
    }
    const { data, headers } = await http.get(`${API}/${resource}?${stringify(query)}`);
    const rows = Array.isArray(data) ? data : [];
    return {
      data: rows,
      total: Number(headers['x-total-count']) || rows.length,
      capped: headers['x-total-count-capped'] === 'true',
    };
  },
};

/** "共 25 条", or "超过 10000 条" when the API stopped counting. */
export function totalText(total: number, list: GetListResponse | undefined, unit = '条'): string {
  return list?.capped === true ? `超过 ${total} ${unit}` : `共 ${total} ${unit}`;
}
