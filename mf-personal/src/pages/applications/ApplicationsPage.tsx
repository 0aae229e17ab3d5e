import { Card, Descriptions, Flex, List, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import {
  APPLICATION_KIND_LABELS,
  APPLICATION_KINDS,
  INSTITUTION_TYPE_LABELS,
  type ApplicationKind,
  type ApplicationRecord,
  type Paged,
} from '@jrpt/contracts';
import { date, dateTime, useApi } from '@jrpt/portal-kit';
import { useAppPath, Page, LoadError, Loading, Nothing } from '@jrpt/portal-kit/remote';
import { ShellLink } from '../../hosting';
import { PAGE_SIZE, usePagedParams } from '../../components/paging';
import { ApplicationStatusTag } from '../../components/status-tag';
import { usePageCardSize, usePhone } from '../../components/use-phone';
import { WithdrawButton } from '../../components/withdraw-button';
import {
  amountText,
  applicationListUrl,
  applicationWithdrawUrl,
  canWithdraw,
  equityText,
  isApplicationKind,
  productText,
  remarkText,
  termText,
} from './records';

/** 申请记录 (§2.4): 贷款申请, 续贷申请 and 转贷申请 in tabs; tab and page in the URL. */
export default function ApplicationsPage() {
  const cardSize = usePageCardSize();
  const { params, page, setPage, setParam } = usePagedParams();
  const raw = params.get('kind');
  const kind: ApplicationKind = isApplicationKind(raw) ? raw : 'loan';
  const { data, error, isLoading, mutate } = useApi<Paged<ApplicationRecord>>(
    applicationListUrl(kind, page, PAGE_SIZE),
    { keepPreviousData: true },
  );

  return (
    <Page title="申请记录" intro="历次申贷的记录：申请状态、授信金额和放款金额；未受理的申请可以撤销。">
      <Card size={cardSize} styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={kind}
          onChange={(next) => setParam('kind', next === 'loan' ? null : next)}
          items={APPLICATION_KINDS.map((k) => ({ key: k, label: APPLICATION_KIND_LABELS[k] }))}
        />
        {error ? (
          <LoadError error={error} onRetry={() => void mutate()} />
        ) : !data ? (
          <Loading rows={6} />
        ) : (
          <Records
            kind={kind}
            data={data}
            loading={isLoading}
            onPage={setPage}
            refresh={() => void mutate()}
          />
        )}
      </Card>
    </Page>
  );
}

const EMPTY: Record<ApplicationKind, { text: string; to: string; link: string }> = {
  loan: { text: '暂无贷款申请记录', to: '/market', link: '去金融超市选产品' },
  renewal: { text: '暂无续贷申请记录', to: '/market/renewal', link: '去续贷中心' },
  bridge: { text: '暂无转贷申请记录', to: '/market/bridge', link: '去转贷业务' },
};

function Records({
  kind,
  data,
  loading,
  onPage,
  refresh,
}: {
  kind: ApplicationKind;
  data: Paged<ApplicationRecord>;
  loading: boolean;
  onPage: (page: number) => void;
  refresh: () => void;
}) {
  const phone = usePhone();
  const appPath = useAppPath();
  const detail = (r: ApplicationRecord) => appPath(`applications/${r.kind}/${r.id}`);
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
      <Nothing description={EMPTY[kind].text} />
      <ShellLink to={EMPTY[kind].to}>{EMPTY[kind].link}</ShellLink>
    </Flex>
  );
  const actions = (r: ApplicationRecord) => (
    <Flex gap={4} wrap align="center">
      <Link to={detail(r)}>详情</Link>
      {canWithdraw(r.status) && (
        <WithdrawButton
          url={applicationWithdrawUrl(r.kind, r.id)}
          version={r.version}
          what={APPLICATION_KIND_LABELS[r.kind]}
          onDone={refresh}
        />
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
                    {r.institutionName} · {productText(r)}
                  </Typography.Text>
                </Link>
                <ApplicationStatusTag status={r.status} />
              </Flex>
              <Descriptions size="small" column={2} colon={false} styles={{ label: { color: '#888' } }}>
                <Descriptions.Item label="申请金额">{amountText(r.amountYuan)}</Descriptions.Item>
                <Descriptions.Item label="申请期限">{termText(r)}</Descriptions.Item>
                <Descriptions.Item label="授信金额">{amountText(r.creditAmountYuan)}</Descriptions.Item>
                <Descriptions.Item label="放款金额">{amountText(r.disbursedAmountYuan)}</Descriptions.Item>
                <Descriptions.Item label="申请时间" span={2}>
                  {dateTime(r.createdAt)}
                </Descriptions.Item>
                {remarkText(r) !== '-' && (
                  <Descriptions.Item label="备注" span={2}>
                    {remarkText(r)}
                  </Descriptions.Item>
                )}
              </Descriptions>
              {actions(r)}
            </Flex>
          </List.Item>
        )}
      />
    );

  // 申请状态 stays in sight beside 操作 however far the twelve columns of §2.4 scroll.
  const columns: TableColumnsType<ApplicationRecord> = [
    {
      title: '序号',
      key: 'index',
      width: 52,
      render: (_v, _r, i) => (data.page - 1) * data.pageSize + i + 1,
    },
    { title: '金融机构', dataIndex: 'institutionName', width: 120, ellipsis: true },
    {
      title: '机构类型',
      dataIndex: 'institutionType',
      width: 80,
      render: (t: ApplicationRecord['institutionType']) => INSTITUTION_TYPE_LABELS[t],
    },
    { title: '产品', key: 'product', width: 100, ellipsis: true, render: (_v, r) => productText(r) },
    { title: '申请金额', dataIndex: 'amountYuan', width: 84, align: 'right', render: amountText },
    { title: '申请期限', key: 'term', width: 80, render: (_v, r) => termText(r) },
    {
      title: '申请时间',
      dataIndex: 'createdAt',
      width: 100,
      render: (v: string) => <span title={dateTime(v)}>{date(v)}</span>,
    },
    {
      title: '用途',
      dataIndex: 'purpose',
      width: 96,
      ellipsis: true,
      render: (v: string | null) => v ?? '-',
    },
    { title: '授信金额', dataIndex: 'creditAmountYuan', width: 84, align: 'right', render: amountText },
    {
      title: '放款/融资金额',
      dataIndex: 'disbursedAmountYuan',
      width: 110,
      align: 'right',
      render: amountText,
    },
    { title: '出让股权', dataIndex: 'equityPercent', width: 80, render: equityText },
    { title: '备注', key: 'remark', width: 140, ellipsis: true, render: (_v, r) => remarkText(r) },
    {
      title: '申请状态',
      dataIndex: 'status',
      width: 84,
      fixed: 'right',
      render: (s: ApplicationRecord['status']) => <ApplicationStatusTag status={s} />,
    },
    { title: '操作', key: 'actions', width: 96, fixed: 'right', render: (_v, r) => actions(r) },
  ];

  return (
    <Table<ApplicationRecord>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={data.items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1306 }}
      locale={{ emptyText: empty }}
    />
  );
}
