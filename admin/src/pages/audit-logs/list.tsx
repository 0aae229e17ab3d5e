/** 操作日志 (office only): who changed what, when and from where; the before/after of each change on expand. */
import type { CrudFilters, HttpError } from '@refinedev/core';
import { List, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { Col, Form, Input, Row, Select, Table, Typography } from 'antd';
import type { Role } from '@jrpt/contracts';
import { FilterBar } from '../../components/filter-bar';
import { QueryError } from '../../components/query-error';
import { dateTime } from '../../lib/format';
import { AUDIT_ACTION_LABELS, ENTITY_TYPE_LABELS, ROLE_LABELS, actionLabel, entityLabel } from './labels';

interface AuditLog {
  id: number;
  actorAccountId: number | null;
  actorRole: Role | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
  requestId: string | null;
  createdAt: string;
}

interface Search {
  action?: string;
  entityType?: string;
  entityId?: string;
}

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

function pretty(json: string | null): string {
  if (!json) return '（无）';
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

function Snapshot({ title, json }: { title: string; json: string | null }) {
  return (
    <>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <pre
        style={{
          margin: '4px 0 0',
          padding: 12,
          background: '#fafafa',
          border: '1px solid #f0f0f0',
          borderRadius: 6,
          maxHeight: 320,
          overflow: 'auto',
          fontSize: 12,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
        }}
      >
        {pretty(json)}
      </pre>
    </>
  );
}

export default function AuditLogList() {
  const { tableProps, searchFormProps, sorters, tableQuery } = useTable<AuditLog, HttpError, Search>({
    syncWithLocation: true,
    sorters: { initial: [{ field: 'createdAt', order: 'desc' }] },
    onSearch: (values): CrudFilters => [
      { field: 'action', operator: 'eq', value: values.action },
      { field: 'entityType', operator: 'eq', value: values.entityType },
      { field: 'entityId', operator: 'eq', value: values.entityId?.trim() || undefined },
    ],
  });

  return (
    <List>
      <FilterBar formProps={searchFormProps}>
        <Form.Item name="action" label="操作">
          <Select
            placeholder="全部"
            allowClear
            showSearch
            optionFilterProp="label"
            options={options(AUDIT_ACTION_LABELS)}
            style={{ width: 170 }}
          />
        </Form.Item>
        <Form.Item name="entityType" label="对象类型">
          <Select
            placeholder="全部"
            allowClear
            options={options(ENTITY_TYPE_LABELS)}
            style={{ width: 130 }}
          />
        </Form.Item>
        <Form.Item name="entityId" label="对象编号">
          <Input placeholder="如：12" allowClear style={{ width: 110 }} />
        </Form.Item>
      </FilterBar>
      {tableQuery.isError && (
        <QueryError error={tableQuery.error} onRetry={() => void tableQuery.refetch()} />
      )}
      <Table
        {...tableProps}
        scroll={{ x: 'max-content' }}
        rowKey="id"
        pagination={{
          ...tableProps.pagination,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 条`,
        }}
        expandable={{
          rowExpandable: (row) => row.before !== null || row.after !== null,
          expandedRowRender: (row) => (
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Snapshot title="修改前" json={row.before} />
              </Col>
              <Col xs={24} md={12}>
                <Snapshot title="修改后" json={row.after} />
              </Col>
            </Row>
          ),
        }}
      >
        <Table.Column<AuditLog>
          dataIndex="createdAt"
          title="时间"
          sorter
          defaultSortOrder={getDefaultSortOrder('createdAt', sorters)}
          render={(v: string) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(v)}</span>}
        />
        <Table.Column<AuditLog>
          title="操作人"
          render={(_, row) =>
            row.actorAccountId === null ? (
              <Typography.Text type="secondary">匿名</Typography.Text>
            ) : (
              <span>
                {row.actorName ?? `#${row.actorAccountId}`}
                {row.actorRole && (
                  <Typography.Text type="secondary">（{ROLE_LABELS[row.actorRole]}）</Typography.Text>
                )}
              </span>
            )
          }
        />
        <Table.Column<AuditLog> dataIndex="action" title="操作" render={(v: string) => actionLabel(v)} />
        <Table.Column<AuditLog>
          title="对象"
          render={(_, row) => `${entityLabel(row.entityType)}${row.entityId ? ` #${row.entityId}` : ''}`}
        />
        <Table.Column<AuditLog> dataIndex="ip" title="IP" render={(v: string | null) => v ?? '-'} />
        <Table.Column<AuditLog>
          dataIndex="requestId"
          title="请求编号"
          render={(v: string | null) =>
            v ? (
              <Typography.Text copyable={{ text: v }} style={{ fontSize: 12 }}>
                {v.slice(0, 8)}
              </Typography.Text>
            ) : (
              '-'
            )
          }
        />
      </Table>
    </List>
  );
}
