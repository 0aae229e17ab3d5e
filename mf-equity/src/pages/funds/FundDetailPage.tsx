import { Breadcrumb, Card, Descriptions, Flex, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { Fund } from '@jrpt/contracts';
import { ApiError, useApi, usePageTitle } from '@jrpt/portal-kit';
import { useAppPath, LoadError, Loading } from '@jrpt/portal-kit/remote';
import { BackButton } from '../../components/back-button';
import { fundEstablished, fundScale } from './format';

const notFound = new ApiError(404, 'not_found', '基金不存在');

/** 基金详情 (§2.6): 服务介绍 (投资机构, 成立时间, 管理规模, 投资领域) and 基金简介. */
export default function FundDetailPage() {
  const { id } = useParams();
  const validId = id && /^\d+$/.test(id) ? id : null;
  const appPath = useAppPath();
  const { data: fund, error, mutate } = useApi<Fund>(validId ? `/api/funds/${validId}` : null);
  usePageTitle(fund?.name ?? '基金详情');

  const back = <BackButton label="返回股权融资" />;
  const crumbs = (
    <Breadcrumb
      items={[{ title: <Link to={appPath()}>股权融资</Link> }, { title: fund?.name ?? '基金详情' }]}
    />
  );
  let body;
  if (!validId) body = <LoadError error={notFound} back={back} />;
  else if (error) body = <LoadError error={error} onRetry={() => void mutate()} back={back} />;
  else if (!fund)
    body = (
      <Card>
        <Loading rows={6} />
      </Card>
    );
  else
    body = (
      <>
        <Card>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {fund.name}
          </Typography.Title>
          <Typography.Title level={5}>服务介绍</Typography.Title>
          <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label="投资机构">{fund.institutionName}</Descriptions.Item>
            <Descriptions.Item label="成立时间">{fundEstablished(fund)}</Descriptions.Item>
            <Descriptions.Item label="管理规模">{fundScale(fund)}</Descriptions.Item>
            <Descriptions.Item label="投资领域">{fund.investmentFields ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title="基金简介" size="small">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {fund.intro?.trim() || '暂无简介'}
          </Typography.Paragraph>
        </Card>
      </>
    );
  return (
    <Flex vertical gap={16}>
      {crumbs}
      {body}
    </Flex>
  );
}
