/** The error state of a page or list: the API's Chinese message and a retry. */
import { Alert, Button } from 'antd';

interface Props {
  error: unknown;
  onRetry: () => void;
}

export function QueryError({ error, onRetry }: Props) {
  const message =
    error && typeof error === 'object' && 'message' in error && typeof error.message === 'string'
      ? error.message
      : '加载失败，请稍后重试';
  return (
    <Alert
      type="error"
      showIcon
      message="数据加载失败"
      description={message}
      action={
        <Button size="small" onClick={onRetry}>
          重试
        </Button>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
