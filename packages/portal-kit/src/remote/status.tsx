import { Button, Empty, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../index';

/** What a page shows while its data loads. */
export function Loading({ rows = 4 }: { rows?: number }) {
  return <Skeleton active paragraph={{ rows }} style={{ padding: '8px 0' }} />;
}

/** What a page shows when its data could not be read: 重试, or for what does not exist, a way back. */
export function LoadError({
  error,
  onRetry,
  back,
}: {
  error: unknown;
  onRetry?: () => void;
  back?: ReactNode;
}) {
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <Result
      status={notFound ? '404' : 'warning'}
      title={notFound ? '内容不存在' : '加载失败'}
      subTitle={errorMessage(error)}
      extra={
        notFound ? (
          back
        ) : onRetry ? (
          <Button type="primary" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}

export function Nothing({ description }: { description: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} />;
}
