import { Result } from 'antd';
import { LinkButton } from '../../common/LinkButton';
import { usePageTitle } from '@jrpt/portal-kit';

export default function NotFoundPage() {
  usePageTitle('页面不存在');
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="抱歉，您访问的页面不存在或已被移除。"
      extra={
        <LinkButton type="primary" to="/">
          返回首页
        </LinkButton>
      }
    />
  );
}
