/**
 * 贷款申请 / 续贷申请 / 转贷申请: institution staff see their own institution's inbox, the office and the
 * government every institution's. Pagination, sorting and the 状态 / 机构 / 逾期 / 申请时间 filters run
 * on the server; the filters stay in the URL (the dashboard links to them).
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
import { DatePicker, Form, Grid, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  APPLICATION_STATUS_LABELS,
  LOAN_CHANNEL_LABELS,
  type AdminApplicationRow,
  type AdminInstitution,
  type ApplicationKind,
  type ApplicationStatus,
  type LoanChannel,
} from '@jrpt/contracts';
import { FilterBar } from '../../components/filter-bar';
import { QueryError } from '../../components/query-error';
import { RespondBy } from '../../components/response-clock';
import { ApplicationStatusTag } from '../../components/status-tag';
import { dateTime, dayEnd, dayStart, toShanghai, wan } from '../../lib/format';
import { labelOptions } from '../../lib/options';
import { totalText } from '../../providers/data-provider';
import type { StaffIdentity } from '../../providers/session';
import { KINDS, applicationClock } from './kinds';
import { ApplicationTransitions } from './transitions';

interface Search {
  status?: ApplicationStatus;
  institution?: number;
  overdue?: 'true';
  channel?: LoanChannel;
  submitted?: [Dayjs | null, Dayjs | null] | null;
}

const OVERDUE_OPTIONS = [{ value: 'true', label: '逾期未响应' }];

const numberOrUndefined = (value: unknown) =>
  value === undefined || value === null || value === '' ? undefined : Number(value);

export default function ApplicationList({ kind }: { kind: ApplicationKind }) {
  const { resource, label } = KINDS[kind];
  const { data: staff } = useGetIdentity<StaffIdentity>();
  // The buttons stay in sight while the row scrolls sideways; on a phone they would cover the row.
  const wide = Grid.useBreakpoint().md === true;
  // Institution staff see only their own institution's inbox: no institution filter or column for them.
  const acrossInstitutions = staff !== undefined && staff !== null && staff.role !== 'institution';

  const { tableProps, searchFormProps, sorters, filters, tableQuery } = useTable<
    AdminApplicationRow,
    HttpError,
    Search
  >({
    resource,
    syncWithLocation: true,
    sorters: { initial: [{ field: 'createdAt', order: 'desc' }] },
    onSearch: (values): CrudFilters => [
      { field: 'status', operator: 'eq', value: values.status },
      { field: 'institutionId', operator: 'eq', value: values.institution },
      { field: 'overdue', operator: 'eq', value: values.overdue },
      { field: 'channel', operator: 'eq', value: values.channel },
      {
        field: 'createdAt',
        operator: 'gte',
        value: dayStart(values.submitted?.[0]),
      },
      {
        field: 'createdAt',
        operator: 'lte',
        value: dayEnd(values.submitted?.[1]),
      },
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
    <List title={acrossInstitutions ? label : `${label}（本机构）`}>
      <FilterBar
        formProps={{
          ...searchFormProps,
          // Form fields are named apart from the API's filters so the URL's strings become typed values here.
          initialValues: {
            status: getDefaultFilter('status', filters, 'eq'),
            institution: institutionFilter,
            overdue: getDefaultFilter('overdue', filters, 'eq'),
            channel: getDefaultFilter('channel', filters, 'eq'),
            submitted: from || to ? [from ? toShanghai(from) : null, to ? toShanghai(to) : null] : undefined,
          },
        }}
      >
        <Form.Item name="status" label="状态">
          <Select
            placeholder="全部"
            allowClear
            options={labelOptions(APPLICATION_STATUS_LABELS)}
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
        {kind === 'loan' && (
          <Form.Item name="channel" label="渠道">
            <Select
              placeholder="全部"
              allowClear
              options={labelOptions(LOAN_CHANNEL_LABELS)}
              style={{ width: 120 }}
            />
          </Form.Item>
        )}
        <Form.Item name="submitted" label="申请时间">
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
        locale={{ emptyText: `暂无${label}` }}
        pagination={{
          ...tableProps.pagination,
          showSizeChanger: true,
          showTotal: (total) => totalText(total, tableQuery.data),
        }}
      >
        <Table.Column<AdminApplicationRow>
          dataIndex="id"
          title="编号"
          sorter
          defaultSortOrder={getDefaultSortOrder('id', sorters)}
        />
        <Table.Column<AdminApplicationRow>
          title="申请人"
          render={(_, row) => (
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{row.enterpriseName ?? row.applicantName}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.enterpriseName ? `${row.applicantName} · ` : ''}
                {row.phoneMasked}
              </Typography.Text>
            </Space>
          )}
        />
        {acrossInstitutions && (
          <Table.Column<AdminApplicationRow> dataIndex="institutionName" title="金融机构" />
        )}
        {kind === 'loan' && (
          <Table.Column<AdminApplicationRow>
            title="产品"
            render={(_, row) => (
              <Space direction="vertical" size={0}>
                <span>{row.productName ?? '-'}</span>
                {row.channel === 'first_loan' && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {LOAN_CHANNEL_LABELS.first_loan}
                  </Typography.Text>
                )}
              </Space>
            )}
          />
        )}
        <Table.Column<AdminApplicationRow>
          dataIndex="amountYuan"
          title={kind === 'bridge' ? '转贷金额 万' : '申请金额 万'}
          align="right"
          render={(yuan: number) => wan(yuan)}
        />
        <Table.Column<AdminApplicationRow>
          title={kind === 'bridge' ? '使用天数' : '期限 月'}
          align="right"
          render={(_, row) => (kind === 'bridge' ? row.days : row.termMonths) ?? '-'}
        />
        <Table.Column<AdminApplicationRow>
          dataIndex="createdAt"
          title="申请时间"
          sorter
          defaultSortOrder={getDefaultSortOrder('createdAt', sorters)}
          render={(v: string) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(v)}</span>}
        />
        <Table.Column<AdminApplicationRow>
          dataIndex="status"
          title="状态"
          render={(status: ApplicationStatus) => <ApplicationStatusTag status={status} />}
        />
        <Table.Column<AdminApplicationRow>
          dataIndex="respondBy"
          title="响应期限"
          render={(_, row) => <RespondBy {...row} {...applicationClock(row.status)} />}
        />
        <Table.Column<AdminApplicationRow>
          title="授信 / 放款 万"
          align="right"
          render={(_, row) =>
            row.creditAmountYuan === null && row.disbursedAmountYuan === null
              ? '-'
              : `${wan(row.creditAmountYuan)} / ${wan(row.disbursedAmountYuan)}`
          }
        />
        <Table.Column<AdminApplicationRow>
          title="操作"
          fixed={wide ? 'right' : undefined}
          render={(_, row) => (
            <Space wrap size="small">
              <ShowButton
                hideText
                size="small"
                resource={resource}
                recordItemId={row.id}
                aria-label="查看详情"
              />
              <ApplicationTransitions resource={resource} record={row} size="small" />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
