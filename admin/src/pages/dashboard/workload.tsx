/**
 * What waits on the applications and demands: for institution staff their own inbox (未受理, 逾期未响应,
 * 待抢单), for the office and the government the overdue items of every institution, each count a link
 * to the filtered list.
 */
import { useList, type BaseRecord, type CrudFilter } from '@refinedev/core';
import { Card, Col, Empty, Row, Statistic, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { SUBJECT_TYPE_LABELS, type AdminApplicationRow, type AdminDemandRow } from '@jrpt/contracts';
import { QueryError } from '../../components/query-error';
import { CountLink, useCount, useListPath, type CountQuery } from './counts';

interface Inbox {
  resource: 'loan-applications' | 'renewal-applications' | 'bridge-applications' | 'financing-demands';
  label: string;
  /** What is still waiting for the institution's first answer. */
  waiting: CrudFilter[];
  waitingLabel: string;
}

const INBOXES: Inbox[] = [
  {
    resource: 'loan-applications',
    label: SUBJECT_TYPE_LABELS.loan_application,
    waiting: [{ field: 'status', operator: 'eq', value: 'submitted' }],
    waitingLabel: '未受理',
  },
  {
    resource: 'renewal-applications',
    label: SUBJECT_TYPE_LABELS.renewal_application,
    waiting: [{ field: 'status', operator: 'eq', value: 'submitted' }],
    waitingLabel: '未受理',
  },
  {
    resource: 'bridge-applications',
    label: SUBJECT_TYPE_LABELS.bridge_application,
    waiting: [{ field: 'status', operator: 'eq', value: 'submitted' }],
    waitingLabel: '未受理',
  },
  {
    resource: 'financing-demands',
    label: SUBJECT_TYPE_LABELS.financing_demand,
    waiting: [
      { field: 'pooled', operator: 'eq', value: 'false' },
      { field: 'status', operator: 'eq', value: 'pending' },
    ],
    waitingLabel: '待受理',
  },
];

const OVERDUE: CrudFilter = { field: 'overdue', operator: 'eq', value: 'true' };
const POOL: CountQuery = {
  resource: 'financing-demands',
  filters: [{ field: 'pooled', operator: 'eq', value: 'true' }],
};

function Figure({ title, count, danger }: { title: string; count: CountQuery; danger?: boolean }) {
  const { total, query } = useCount(count);
  const path = useListPath()(count);
  return (
    <Link to={path} aria-label={title}>
      <Card size="small" hoverable>
        {query.isError ? (
          <Statistic title={title} value="—" />
        ) : (
          <Statistic
            title={title}
            value={total ?? 0}
            loading={query.isLoading}
            valueStyle={danger && (total ?? 0) > 0 ? { color: '#cf1322' } : undefined}
          />
        )}
      </Card>
    </Link>
  );
}

/** Institution staff: its own inbox, what waits for a first answer and what is past its deadline. */
export function InstitutionWorkload() {
  return (
    <Card size="small" title="本机构待办" style={{ marginTop: 16 }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={16}>
          <Table<Inbox>
            size="small"
            rowKey="resource"
            pagination={false}
            dataSource={INBOXES}
            columns={[
              { key: 'label', title: '业务', dataIndex: 'label' },
              {
                key: 'waiting',
                title: '待受理',
                align: 'right',
                render: (_, inbox) => (
                  <CountLink
                    label={`${inbox.label} ${inbox.waitingLabel}`}
                    resource={inbox.resource}
                    filters={inbox.waiting}
                  />
                ),
              },
              {
                key: 'overdue',
                title: '逾期未响应',
                align: 'right',
                render: (_, inbox) => (
                  <CountLink
                    label={`${inbox.label} 逾期未响应`}
                    resource={inbox.resource}
                    filters={[OVERDUE]}
                    danger
                  />
                ),
              },
            ]}
          />
        </Col>
        <Col xs={24} md={8}>
          <Figure title="需求池 待抢单" count={POOL} />
        </Col>
      </Row>
    </Card>
  );
}

/** Overdue items are the exception: one window of them per inbox is enough to group them by institution. */
const WINDOW = 200;

type InboxKey = Inbox['resource'];

interface InstitutionRow {
  key: string;
  name: string;
  /** The list filters that show this row's items of one inbox. */
  filters: CrudFilter[];
  counts: Partial<Record<InboxKey, number>>;
  total: number;
}

/** The oldest overdue items of one inbox (exact total from X-Total-Count, at most WINDOW rows). */
function useOverdue<Row extends BaseRecord>(resource: InboxKey) {
  const { result, query } = useList<Row>({
    resource,
    filters: [OVERDUE],
    sorters: [{ field: 'createdAt', order: 'asc' }],
    pagination: { currentPage: 1, pageSize: WINDOW },
  });
  return { rows: result.data, total: result.total ?? 0, query };
}

/** Which institution owes the answer to an overdue demand: the one it was dispatched to, else the pool or the named ones. */
function demandOwner(row: AdminDemandRow): { key: string; name: string; filters: CrudFilter[] } {
  if (row.dispatchedInstitutionId !== null)
    return {
      key: `i${row.dispatchedInstitutionId}`,
      name: row.dispatchedInstitutionName ?? `机构 #${row.dispatchedInstitutionId}`,
      filters: [{ field: 'institutionId', operator: 'eq', value: row.dispatchedInstitutionId }],
    };
  if (row.pooled)
    return {
      key: 'pool',
      name: '需求池（无人抢单）',
      filters: [{ field: 'pooled', operator: 'eq', value: 'true' }],
    };
  return {
    key: 'named',
    name: '点名的机构（未受理）',
    filters: [{ field: 'pooled', operator: 'eq', value: 'false' }],
  };
}

/** The office and the government: overdue items per inbox (exact), and grouped by the institution that owes the answer. */
export function OverdueByInstitution() {
  const listPath = useListPath();
  const loans = useOverdue<AdminApplicationRow>('loan-applications');
  const renewals = useOverdue<AdminApplicationRow>('renewal-applications');
  const bridges = useOverdue<AdminApplicationRow>('bridge-applications');
  const demands = useOverdue<AdminDemandRow>('financing-demands');
  const all = [loans, renewals, bridges, demands];
  const failed = all.find((o) => o.query.isError);
  const loading = all.some((o) => o.query.isLoading);
  const truncated = all.some((o) => o.total > o.rows.length);

  const byInstitution = new Map<string, InstitutionRow>();
  const add = (resource: InboxKey, owner: { key: string; name: string; filters: CrudFilter[] }) => {
    const row = byInstitution.get(owner.key) ?? {
      key: owner.key,
      name: owner.name,
      filters: owner.filters,
      counts: {},
      total: 0,
    };
    row.counts[resource] = (row.counts[resource] ?? 0) + 1;
    row.total += 1;
    byInstitution.set(owner.key, row);
  };
  const applicationOwner = (row: AdminApplicationRow) => ({
    key: `i${row.institutionId}`,
    name: row.institutionName,
    filters: [{ field: 'institutionId', operator: 'eq', value: row.institutionId } as CrudFilter],
  });
  loans.rows.forEach((r) => add('loan-applications', applicationOwner(r)));
  renewals.rows.forEach((r) => add('renewal-applications', applicationOwner(r)));
  bridges.rows.forEach((r) => add('bridge-applications', applicationOwner(r)));
  demands.rows.forEach((r) => add('financing-demands', demandOwner(r)));
  const rows = [...byInstitution.values()].sort(
    (a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh-CN'),
  );

  return (
    <Card size="small" title="逾期未响应（超过响应期限仍未受理）" style={{ marginTop: 16 }}>
      {failed && (
        <QueryError error={failed.query.error} onRetry={() => all.forEach((o) => void o.query.refetch())} />
      )}
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {INBOXES.map((inbox, i) => (
          <Col key={inbox.resource} xs={12} md={6}>
            <Link
              to={listPath({ resource: inbox.resource, filters: [OVERDUE] })}
              aria-label={`${inbox.label} 逾期未响应`}
            >
              <Card size="small" hoverable>
                <Statistic
                  title={inbox.label}
                  value={all[i].total}
                  loading={all[i].query.isLoading}
                  valueStyle={all[i].total > 0 ? { color: '#cf1322' } : undefined}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary">
        按应响应的机构统计，点击数字查看明细
        {truncated && `（逾期事项较多，此表只统计每类最早的 ${WINDOW} 条；上方合计为全部）`}
      </Typography.Text>
      <Table<InstitutionRow>
        style={{ marginTop: 8 }}
        size="small"
        rowKey="key"
        scroll={{ x: 'max-content' }}
        loading={loading}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有逾期未响应的事项" />,
        }}
        columns={[
          { key: 'name', title: '金融机构', dataIndex: 'name' },
          ...INBOXES.map((inbox) => ({
            key: inbox.resource,
            title: inbox.label,
            align: 'right' as const,
            render: (_: unknown, row: InstitutionRow) => {
              const n = row.counts[inbox.resource] ?? 0;
              if (n === 0) return <Typography.Text type="secondary">0</Typography.Text>;
              return (
                <Link
                  to={listPath({ resource: inbox.resource, filters: [...row.filters, OVERDUE] })}
                  aria-label={`${row.name} ${inbox.label} 逾期未响应：${n}`}
                >
                  <Typography.Text strong type="danger">
                    {n}
                  </Typography.Text>
                </Link>
              );
            },
          })),
          { key: 'total', title: '合计', dataIndex: 'total', align: 'right' as const },
        ]}
      />
    </Card>
  );
}
