/**
 * 融资需求: institution staff see the pool (待抢单), the demands naming or dispatched to their institution
 * and the ones it holds; the office and the government see every demand. Pagination, sorting and the
 * filters run on the server and stay in the URL.
 */
import type { CrudFilters, HttpError } from '@refinedev/core';
import { useGetIdentity } from '@refinedev/core';
import {
  List,
  ShowButton,
  getDefaultFilter,
  getDefaultSortOrder,
  useSelect,
  useTable,
} from '@refinedev/antd';
import { DatePicker, Form, Grid, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  BORROWER_TYPE_LABELS,
  DEMAND_CHANNEL_LABELS,
  DEMAND_METHOD_LABELS,
  DEMAND_STATUS_LABELS,
  type AdminDemandRow,
  type AdminInstitution,
  type DemandChannel,
  type DemandStatus,
} from '@jrpt/contracts';
import { FilterBar } from '../../components/filter-bar';
import { QueryError } from '../../components/query-error';
import { RespondBy } from '../../components/response-clock';
import { DemandStatusTag } from '../../components/status-tag';
import { dateTime, dayEnd, dayStart, percent, toShanghai, wan } from '../../lib/format';
import { labelOptions } from '../../lib/options';
import { totalText } from '../../providers/data-provider';
import type { StaffIdentity } from '../../providers/session';
import { DemandActions } from './actions';
import { DemandWhere, POOL_LABELS, demandClock } from './where';

interface Search {
  pooled?: 'true' | 'false';
  status?: DemandStatus;
  institution?: number;
  overdue?: 'true';
  channel?: DemandChannel;
  published?: [Dayjs | null, Dayjs | null] | null;
}

const OVERDUE_OPTIONS = [{ value: 'true', label: '逾期未响应' }];

const numberOrUndefined = (value: unknown) =>
  value === undefined || value === null || value === '' ? undefined : Number(value);

export default function DemandList() {
  const { data: staff } = useGetIdentity<StaffIdentity>();
  // The buttons stay in sight while the row scrolls sideways; on a phone they would cover the row.
  const wide = Grid.useBreakpoint().md === true;
  const institutionStaff = staff?.role === 'institution';
  const acrossInstitutions = staff !== undefined && staff !== null && !institutionStaff;

  const { tableProps, searchFormProps, sorters, filters, tableQuery } = useTable<
    AdminDemandRow,
    HttpError,
    Search
  >({
    resource: 'financing-demands',
    syncWithLocation: true,
    sorters: { initial: [{ field: 'createdAt', order: 'desc' }] },
    onSearch: (values): CrudFilters => [
      { field: 'pooled', operator: 'eq', value: values.pooled },
      { field: 'status', operator: 'eq', value: values.status },
      { field: 'institutionId', operator: 'eq', value: values.institution },
      { field: 'overdue', operator: 'eq', value: values.overdue },
      { field: 'channel', operator: 'eq', value: values.channel },
      { field: 'createdAt', operator: 'gte', value: dayStart(values.published?.[0]) },
      { field: 'createdAt', operator: 'lte', value: dayEnd(values.published?.[1]) },
    ],
  });

  const institutionFilter = numberOrUndefined(getDefaultFilter('institutionId', filters, 'eq'));
  const from = getDefaultFilter('createdAt', filters, 'gte') as string | undefined;
  const to = getDefaultFilter('createdAt', filters, 'lte') as string | undefined;

  const { selectProps: institutionSelect } = useSelect<AdminInstitution>({
    resource: 'institutions',
    optionLabel: 'name',
    optionValue: 'id',
    pagination: { mode: 'server', pageSize: 50 },
    onSearch: (value) => [{ field: 'name', operator: 'contains', value }],
    defaultValue: institutionFilter,
    queryOptions: { enabled: acrossInstitutions },
    defaultValueQueryOptions: { enabled: acrossInstitutions && institutionFilter !== undefined },
  });

  return (
    <List>
      <FilterBar
        formProps={{
          ...searchFormProps,
          initialValues: {
            pooled: getDefaultFilter('pooled', filters, 'eq'),
            status: getDefaultFilter('status', filters, 'eq'),
            institution: institutionFilter,
            overdue: getDefaultFilter('overdue', filters, 'eq'),
            channel: getDefaultFilter('channel', filters, 'eq'),
            published: from || to ? [from ? toShanghai(from) : null, to ? toShanghai(to) : null] : undefined,
          },
        }}
      >
        <Form.Item name="pooled" label="范围">
          <Select
            placeholder="全部"
            allowClear
            options={labelOptions(POOL_LABELS[institutionStaff ? 'institution' : 'office'])}
            style={{ width: 190 }}
          />
        </Form.Item>
        <Form.Item name="status" label="状态">
          <Select
            placeholder="全部"
            allowClear
            options={labelOptions(DEMAND_STATUS_LABELS)}
            style={{ width: 120 }}
          />
        </Form.Item>
        {acrossInstitutions && (
          <Form.Item name="institution" label="机构">
            <Select {...institutionSelect} placeholder="全部" allowClear style={{ width: 220 }} />
          </Form.Item>
        )}
        <Form.Item name="overdue" label="逾期">
          <Select placeholder="全部" allowClear options={OVERDUE_OPTIONS} style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="channel" label="类型">
          <Select
            placeholder="全部"
            allowClear
            options={labelOptions(DEMAND_CHANNEL_LABELS)}
            style={{ width: 120 }}
          />
        </Form.Item>
        <Form.Item name="published" label="发布时间">
          <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 250 }} />
        </Form.Item>
      </FilterBar>
      {tableQuery.isError && (
        <QueryError error={tableQuery.error} onRetry={() => void tableQuery.refetch()} />
      )}
      <Table
        {...tableProps}
        scroll={{ x: 'max-content' }}
        rowKey="id"
        locale={{ emptyText: '暂无融资需求' }}
        pagination={{
          ...tableProps.pagination,
          showSizeChanger: true,
          showTotal: (total) => totalText(total, tableQuery.data),
        }}
      >
        <Table.Column<AdminDemandRow>
          dataIndex="id"
          title="编号"
          sorter
          defaultSortOrder={getDefaultSortOrder('id', sorters)}
        />
        <Table.Column<AdminDemandRow>
          title="需求人"
          render={(_, row) => (
            <Space direction="vertical" size={0}>
              <Space size={4}>
                <Typography.Text strong>{row.enterpriseName ?? row.contactName}</Typography.Text>
                <Tag style={{ marginInlineEnd: 0 }}>{BORROWER_TYPE_LABELS[row.borrowerType]}</Tag>
                {row.channel === 'first_loan' && (
                  <Tag color="purple" style={{ marginInlineEnd: 0 }}>
                    {DEMAND_CHANNEL_LABELS.first_loan}
                  </Tag>
                )}
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.enterpriseName ? `${row.contactName} · ` : ''}
                {row.phoneMasked} · {row.regionName}
              </Typography.Text>
            </Space>
          )}
        />
        <Table.Column<AdminDemandRow>
          dataIndex="amountYuan"
          title="融资金额 万"
          align="right"
          sorter
          defaultSortOrder={getDefaultSortOrder('amountYuan', sorters)}
          render={(yuan: number) => wan(yuan)}
        />
        <Table.Column<AdminDemandRow>
          title="期限 / 方式 / 期望利率"
          render={(_, row) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              {row.termMonths} 个月 · {DEMAND_METHOD_LABELS[row.method]} · {percent(row.rateMinBp)}%–
              {percent(row.rateMaxBp)}%
            </span>
          )}
        />
        <Table.Column<AdminDemandRow>
          dataIndex="createdAt"
          title="发布时间"
          sorter
          defaultSortOrder={getDefaultSortOrder('createdAt', sorters)}
          render={(v: string) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(v)}</span>}
        />
        <Table.Column<AdminDemandRow>
          dataIndex="status"
          title="状态"
          render={(status: DemandStatus) => <DemandStatusTag status={status} />}
        />
        <Table.Column<AdminDemandRow>
          title="去向"
          render={(_, row) => <DemandWhere row={row} ownInstitutionId={staff?.institutionId ?? null} />}
        />
        <Table.Column<AdminDemandRow>
          dataIndex="productName"
          title="归属产品"
          render={(v: string | null) => v ?? '-'}
        />
        <Table.Column<AdminDemandRow>
          dataIndex="respondBy"
          title="响应期限"
          sorter
          defaultSortOrder={getDefaultSortOrder('respondBy', sorters)}
          render={(_, row) => <RespondBy {...row} {...demandClock(row.status)} />}
        />
        <Table.Column<AdminDemandRow>
          title="授信 / 放款 万"
          align="right"
          render={(_, row) =>
            row.creditAmountYuan === null && row.disbursedAmountYuan === null
              ? '-'
              : `${wan(row.creditAmountYuan)} / ${wan(row.disbursedAmountYuan)}`
          }
        />
        <Table.Column<AdminDemandRow>
          title="操作"
          fixed={wide ? 'right' : undefined}
          render={(_, row) => (
            <Space wrap size="small">
              <ShowButton
                hideText
                size="small"
                resource="financing-demands"
                recordItemId={row.id}
                aria-label="查看详情"
              />
              <DemandActions record={row} size="small" />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
