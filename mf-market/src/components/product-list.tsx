import { Flex, Pagination, Typography } from 'antd';
import type { Paged, ProductSummary } from '@jrpt/contracts';
import { buildUrl, useApi, type Query } from '@jrpt/portal-kit';
import { LoadError, Loading, Nothing } from '@jrpt/portal-kit/remote';
import { ProductCard } from './product-card';
import type { ReactNode } from 'react';

/** Listed products for a query (GET /api/products), with the count, an optional toolbar and pagination. */
export function ProductList({
  query,
  page,
  pageSize,
  onPage,
  toolbar,
  emptyText = '没有符合条件的产品，换个条件试试',
  renderAction,
}: {
  query: Query;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  toolbar?: ReactNode;
  emptyText?: string;
  /** An action beside each product's 查看详情 (首贷中心's 立即申请). */
  renderAction?: (product: ProductSummary) => ReactNode;
}) {
  const { data, error, isLoading, isValidating, mutate } = useApi<Paged<ProductSummary>>(
    buildUrl('/api/products', { ...query, page, pageSize }),
    { keepPreviousData: true },
  );
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary" aria-live="polite">
          {data ? `共 ${data.total} 款产品` : ' '}
        </Typography.Text>
        {toolbar}
      </Flex>
      {error && !data ? (
        <LoadError error={error} onRetry={() => void mutate()} />
      ) : isLoading && !data ? (
        <Loading rows={6} />
      ) : data && data.items.length === 0 ? (
        <Nothing description={emptyText} />
      ) : (
        data && (
          <Flex vertical gap={12} style={{ opacity: isValidating ? 0.6 : 1, transition: 'opacity .2s' }}>
            {data.items.map((p) => (
              <ProductCard key={p.id} product={p} action={renderAction?.(p)} />
            ))}
          </Flex>
        )
      )}
      {data && data.total > pageSize && (
        <Pagination
          align="center"
          current={page}
          pageSize={pageSize}
          total={data.total}
          showSizeChanger={false}
          showTotal={(total) => `共 ${total} 款`}
          onChange={onPage}
        />
      )}
    </Flex>
  );
}
