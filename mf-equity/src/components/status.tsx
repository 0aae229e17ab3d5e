import { Button, Empty, Result, Skeleton } from 'antd';
import { ApiError, errorMessage } from '@jrpt/portal-kit';

/** What a page shows while its data loads. */
export function Loading({ rows = 4 }: { rows?: number }) {
  return <Skeleton active paragraph={{ rows }} style={{ padding: '8px 0' }} />;
}

/** What a page shows when its data could not be read, with 重试. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <Result
      status={notFound ? '404' : 'warning'}
      title={notFound ? '内容不存在' : '加载失败'}
      subTitle={errorMessage(error)}
      extra={
        onRetry && !notFound ? (
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
