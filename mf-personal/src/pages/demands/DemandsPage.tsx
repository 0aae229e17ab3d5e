import { Button, Card, Descriptions, Flex, List, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { DemandRecord, Paged } from '@jrpt/contracts';
import { dateTime, useApi } from '@jrpt/portal-kit';
import { useAppPath, Page, LoadError, Loading, Nothing } from '@jrpt/portal-kit/remote';
import { PAGE_SIZE, usePagedParams } from '../../components/paging';
import { DemandStatusTag } from '../../components/status-tag';
import { usePageCardSize, usePhone } from '../../components/use-phone';
import { WithdrawButton } from '../../components/withdraw-button';
import {
  demandListUrl,
  demandWithdrawUrl,
  productColumn,
  publishTypeText,
  reviewColumn,
  wanColumn,
} from './records';

/** 需求管理 → 需求记录 (§2.7): the demands the borrower published; 撤销 while 待处理. */
export default function DemandsPage() {
  const cardSize = usePageCardSize();
  const { page, setPage } = usePagedParams();
  const navigate = useNavigate();
  const appPath = useAppPath();
  const { data, error, isLoading, mutate } = useApi<Paged<DemandRecord>>(demandListUrl(page, PAGE_SIZE), {
    keepPreviousData: true,
  });

  return (
    <Page
      title="需求记录"
      intro="您发布的融资需求和首贷需求，以及金融机构的处理进度。"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(appPath('demands/new'))}>
          发布融资需求
        </Button>
      }
    >
      <Card size={cardSize}>
        {error ? (
          <LoadError error={error} onRetry={() => void mutate()} />
        ) : !data ? (
          <Loading rows={6} />
        ) : (
          <Records data={data} loading={isLoading} onPage={setPage} refresh={() => void mutate()} />
        )}
      </Card>
    </Page>
  );
}

function Records({
  data,
  loading,
  onPage,
  refresh,
}: {
  data: Paged<DemandRecord>;
  loading: boolean;
  onPage: (page: number) => void;
  refresh: () => void;
}) {
  const phone = usePhone();
  const appPath = useAppPath();
  const detail = (r: DemandRecord) => appPath(`demands/${r.id}`);
  const pagination = {
    current: data.page,
    pageSize: data.pageSize,
    total: data.total,
    onChange: onPage,
    showSizeChanger: false,
    hideOnSinglePage: true,
    showTotal: (total: number) => `共 ${total} 条`,
  };
  const empty = (
    <Flex vertical align="center" gap={4}>
      <Nothing description="暂无融资需求" />
      <Link to={appPath('demands/new')}>发布融资需求</Link>
    </Flex>
  );
  const actions = (r: DemandRecord) => (
    <Flex gap={4} wrap align="center">
      <Link to={detail(r)}>详情</Link>
      {r.actions.includes('withdraw') && (
        <WithdrawButton url={demandWithdrawUrl(r.id)} version={r.version} what="融资需求" onDone={refresh} />
      )}
    </Flex>
  );

  if (phone)
    return (
      <List
        dataSource={data.items}
        loading={loading}
        locale={{ emptyText: empty }}
        pagination={data.total > data.pageSize ? { ...pagination, size: 'small', align: 'center' } : false}
        renderItem={(r) => (
          <List.Item key={r.id} style={{ padding: '12px 0' }} data-record-id={r.id}>
            <Flex vertical gap={8} style={{ width: '100%' }}>
              <Flex justify="space-between" align="center" gap={8}>
                <Link to={detail(r)}>
                  <Typography.Text strong>
                    {publishTypeText(r)} · {wanColumn(r.amountYuan)}万 · {r.termMonths}个月
                  </Typography.Text>
                </Link>
                <DemandStatusTag status={r.status} />
              </Flex>
              <Descriptions size="small" column={2} colon={false} styles={{ label: { color: '#888' } }}>
                <Descriptions.Item label="归属产品">{productColumn(r)}</Descriptions.Item>
                <Descriptions.Item label="初审结果">{reviewColumn(r)}</Descriptions.Item>
                <Descriptions.Item label="授信(万)">{wanColumn(r.creditAmountYuan)}</Descriptions.Item>
                <Descriptions.Item label="放款(万)">{wanColumn(r.disbursedAmountYuan)}</Descriptions.Item>
                <Descriptions.Item label="发布时间" span={2}>
                  {dateTime(r.createdAt)}
                </Descriptions.Item>
              </Descriptions>
              {actions(r)}
            </Flex>
          </List.Item>
        )}
      />
    );

  const columns: TableColumnsType<DemandRecord> = [
    {
      title: '序号',
      key: 'index',
      width: 52,
      render: (_v, _r, i) => (data.page - 1) * data.pageSize + i + 1,
    },
    { title: '发布类型', key: 'type', render: (_v, r) => publishTypeText(r) },
    { title: '融资金额(万)', dataIndex: 'amountYuan', align: 'right', render: wanColumn },
    { title: '发布时间', dataIndex: 'createdAt', width: 136, render: (v: string) => dateTime(v) },
    {
      title: '状态',
      dataIndex: 'status',
      render: (s: DemandRecord['status']) => <DemandStatusTag status={s} />,
    },
    { title: '归属产品', key: 'product', ellipsis: true, render: (_v, r) => productColumn(r) },
    { title: '初审结果', key: 'review', ellipsis: true, render: (_v, r) => reviewColumn(r) },
    { title: '授信金额(万)', dataIndex: 'creditAmountYuan', align: 'right', render: wanColumn },
    { title: '放款(万)', dataIndex: 'disbursedAmountYuan', align: 'right', render: wanColumn },
    { title: '操作', key: 'actions', width: 96, fixed: 'right', render: (_v, r) => actions(r) },
  ];
  return (
    <Table<DemandRecord>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={data.items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 860 }}
      locale={{ emptyText: empty }}
    />
  );
}
