/**
 * What waits on the applications and demands: for institution staff their own inbox (未受理, 逾期未响应,
 * 待抢单), for the office and the government the overdue items of every institution, each count a link
 * to the filtered list.
 */
import { useState } from 'react';
import { useList, type CrudFilter } from '@refinedev/core';
import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { AdminInstitution } from '@jrpt/contracts';
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
    label: '贷款申请',
    waiting: [{ field: 'status', operator: 'eq', value: 'submitted' }],
    waitingLabel: '未受理',
  },
  {
    resource: 'renewal-applications',
    label: '续贷申请',
    waiting: [{ field: 'status', operator: 'eq', value: 'submitted' }],
    waitingLabel: '未受理',
  },
  {
    resource: 'bridge-applications',
    label: '转贷申请',
    waiting: [{ field: 'status', operator: 'eq', value: 'submitted' }],
    waitingLabel: '未受理',
  },
  {
    resource: 'financing-demands',
    label: '融资需求',
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

const PAGE_SIZE = 10;

/** The office and the government: overdue items per inbox, and per institution (one page of institutions at a time). */
export function OverdueByInstitution() {
  const [page, setPage] = useState(1);
  const institutions = useList<AdminInstitution>({
    resource: 'institutions',
    pagination: { currentPage: page, pageSize: PAGE_SIZE },
    sorters: [{ field: 'name', order: 'asc' }],
  });

  return (
    <Card size="small" title="逾期未响应（超过响应期限仍未受理）" style={{ marginTop: 16 }}>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {INBOXES.map((inbox) => (
          <Col key={inbox.resource} xs={12} md={6}>
            <Figure title={inbox.label} count={{ resource: inbox.resource, filters: [OVERDUE] }} danger />
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary">按机构统计，点击数字查看明细</Typography.Text>
      {institutions.query.isError ? (
        <QueryError error={institutions.query.error} onRetry={() => void institutions.query.refetch()} />
      ) : (
        <Table<AdminInstitution>
          style={{ marginTop: 8 }}
          size="small"
          rowKey="id"
          scroll={{ x: 'max-content' }}
          loading={institutions.query.isLoading}
          dataSource={institutions.result.data}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: institutions.result.total,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total} 家机构`,
          }}
          columns={[
            { key: 'name', title: '金融机构', dataIndex: 'name' },
            ...INBOXES.map((inbox) => ({
              key: inbox.resource,
              title: inbox.label,
              align: 'right' as const,
              render: (_: unknown, institution: AdminInstitution) => (
                <CountLink
                  label={`${institution.name} ${inbox.label} 逾期未响应`}
                  resource={inbox.resource}
                  filters={[{ field: 'institutionId', operator: 'eq', value: institution.id }, OVERDUE]}
                  danger
                />
              ),
            })),
          ]}
        />
      )}
    </Card>
  );
}
