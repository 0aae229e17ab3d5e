import type { MarketQuery } from '@jrpt/contracts';
import type { Query } from '@jrpt/portal-kit';

/** The filters as GET /api/products query parameters (the list adds page and pageSize). */
export function apiQueryOf(filters: MarketQuery): Query {
  const { page: _page, pageSize: _pageSize, ...conditions } = filters;
  return conditions;
}
