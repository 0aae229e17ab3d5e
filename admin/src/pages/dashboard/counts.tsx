/**
 * Counts on the dashboard, each read from a list endpoint's X-Total-Count with the list's own filters (one
 * row fetched, never a scan), shown as a link to that filtered list.
 */
import { useGo, useList, type CrudFilter } from '@refinedev/core';
import { Skeleton, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';

export interface CountQuery {
  resource: string;
  filters: CrudFilter[];
}

export function useCount({ resource, filters }: CountQuery, enabled = true) {
  const { result, query } = useList({
    resource,
    filters,
    pagination: { currentPage: 1, pageSize: 1 },
    queryOptions: { enabled },
  });
  return { total: result.total, query };
}

/** The path of a list with these filters, as the list's own URL keeps them. */
export function useListPath() {
  const go = useGo();
  return ({ resource, filters }: CountQuery) =>
    go({ to: `/${resource}`, query: { filters }, type: 'path' }) ?? `/${resource}`;
}

interface Props extends CountQuery {
  /** Shown as the link's accessible name, e.g. 甘肃银行 贷款申请 逾期未响应. */
  label: string;
  danger?: boolean;
}

export function CountLink({ label, danger, ...count }: Props) {
  const { total, query } = useCount(count);
  const path = useListPath()(count);
  if (query.isLoading) return <Skeleton.Button active size="small" style={{ width: 32, minWidth: 32 }} />;
  if (query.isError)
    return (
      <Tooltip title={query.error?.message ?? '加载失败'}>
        <Typography.Text type="secondary">—</Typography.Text>
      </Tooltip>
    );
  const n = total ?? 0;
  return (
    <Link to={path} aria-label={`${label}：${n}`}>
      <Typography.Text
        strong
        type={danger && n > 0 ? 'danger' : undefined}
        style={{ color: n > 0 ? undefined : '#999' }}
      >
        {n}
      </Typography.Text>
    </Link>
  );
}
