import { Button, Result } from 'antd';
import { useGo } from '@refinedev/core';

export function Forbidden() {
  const go = useGo();
  return (
    <Result
      status="403"
      title="没有权限"
      subTitle="您的账号无权访问此页面。"
      extra={
        <Button type="primary" onClick={() => go({ to: '/' })}>
          返回首页
        </Button>
      }
    />
  );
}
