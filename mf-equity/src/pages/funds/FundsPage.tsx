import { Card, Flex, Grid, Input, List, Pagination, Table, Tabs, Typography } from 'antd';
import { Link } from 'react-router';
import { fundQuery, type Fund, type Paged } from '@jrpt/contracts';
import { buildUrl, useApi } from '@jrpt/portal-kit';
import { useAppPath, Page, LoadError, Loading, Nothing } from '@jrpt/portal-kit/remote';
import { useSearchState } from '../../use-search-state';
import { fundEstablished, fundScale } from './format';

function FundCards({ funds }: { funds: Fund[] }) {
  const appPath = useAppPath();
  return (
    <List
      dataSource={funds}
      split={false}
      renderItem={(f) => (
        <List.Item key={f.id} style={{ padding: '6px 0' }}>
          <Card size="small" style={{ width: '100%' }}>
            <Flex vertical gap={4}>
              <Link to={appPath(`funds/${f.id}`)}>
                <Typography.Text strong>{f.name}</Typography.Text>
              </Link>
              <Typography.Text type="secondary">投资机构：{f.institutionName}</Typography.Text>
              <Typography.Text type="secondary">成立时间：{fundEstablished(f)}</Typography.Text>
              <Typography.Text type="secondary">管理规模：{fundScale(f)}</Typography.Text>
              <Typography.Text type="secondary">投资领域：{f.investmentFields ?? '—'}</Typography.Text>
              <Link to={appPath(`funds/${f.id}`)}>基金详情 ›</Link>
            </Flex>
          </Card>
        </List.Item>
      )}
    />
  );
}

function FundTable({ funds }: { funds: Fund[] }) {
  const appPath = useAppPath();
  return (
    <Table<Fund>
      rowKey="id"
      dataSource={funds}
      pagination={false}
      columns={[
        {
          title: '基金名称',
          dataIndex: 'name',
          render: (name: string, f) => <Link to={appPath(`funds/${f.id}`)}>{name}</Link>,
        },
        { title: '投资机构', dataIndex: 'institutionName' },
        { title: '成立时间', key: 'establishedOn', width: 120, render: (_, f) => fundEstablished(f) },
        { title: '管理规模', key: 'scale', width: 140, align: 'right', render: (_, f) => fundScale(f) },
        { title: '投资领域', dataIndex: 'investmentFields', render: (v: string | null) => v ?? '—' },
        {
          title: '操作',
          key: 'action',
          width: 100,
          render: (_, f) => <Link to={appPath(`funds/${f.id}`)}>基金详情</Link>,
        },
      ]}
    />
  );
}

/** 投资机构: the funds on the platform (GET /api/funds), searchable and paged, all of it in the URL. */
function FundList() {
  const [query, setQuery] = useSearchState(fundQuery);
  const narrow = Grid.useBreakpoint().md === false;
  const { data, error, isLoading, isValidating, mutate } = useApi<Paged<Fund>>(
    buildUrl('/api/funds', query),
    {
      keepPreviousData: true,
    },
  );
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Input.Search
          key={query.keyword ?? ''}
          defaultValue={query.keyword}
          placeholder="搜索基金名称、投资机构、投资领域"
          aria-label="搜索投资机构"
          allowClear
          enterButton="查询"
          maxLength={50}
          onSearch={(keyword) => setQuery({ keyword: keyword.trim() || undefined })}
          style={{ maxWidth: 400 }}
        />
        <Typography.Text type="secondary" aria-live="polite">
          {data ? `共 ${data.total} 只基金` : ' '}
        </Typography.Text>
      </Flex>
      {error && !data ? (
        <LoadError error={error} onRetry={() => void mutate()} />
      ) : isLoading && !data ? (
        <Loading rows={6} />
      ) : data && data.items.length === 0 ? (
        <Nothing description={query.keyword ? '没有符合条件的投资机构' : '暂无投资机构'} />
      ) : (
        data && (
          <div style={{ opacity: isValidating ? 0.6 : 1 }}>
            {narrow ? <FundCards funds={data.items} /> : <FundTable funds={data.items} />}
          </div>
        )
      )}
      {data && data.total > query.pageSize && (
        <Pagination
          align="center"
          current={query.page}
          pageSize={query.pageSize}
          total={data.total}
          showSizeChanger={false}
          onChange={(page) => setQuery({ page })}
        />
      )}
    </Flex>
  );
}

/** 股权融资 (§2.6). 股权项目 joins 投资机构 here when equity projects exist. */
export default function FundsPage() {
  return (
    <Page title="股权融资" intro="对接投资机构，为企业提供股权融资服务。">
      <Card size="small" styles={{ body: { paddingTop: 0 } }}>
        <Tabs items={[{ key: 'funds', label: '投资机构', children: <FundList /> }]} />
      </Card>
    </Page>
  );
}
