/** 金融产品 list: server-side pagination, sorting and the 状态 / 机构 / 类型 / 名称 filters. */
import type { CrudFilters, HttpError } from '@refinedev/core';
import { useGetIdentity } from '@refinedev/core';
import {
  EditButton,
  List,
  ShowButton,
  getDefaultFilter,
  getDefaultSortOrder,
  useSelect,
  useTable,
} from '@refinedev/antd';
import { Form, Input, Select, Space, Table, Typography } from 'antd';
import {
  PRODUCT_CATEGORY_LABELS,
  PRODUCT_STATUS_LABELS,
  type AdminInstitution,
  type AdminProductRow,
  type ProductCategory,
  type ProductStatus,
} from '@jrpt/contracts';
import { FilterBar } from '../../components/filter-bar';
import { QueryError } from '../../components/query-error';
import { ProductStatusTag } from '../../components/status-tag';
import { dateTime, percent, wan } from '../../lib/format';
import { labelOptions } from '../../lib/options';
import type { StaffIdentity } from '../../providers/session';
import { ProductTransitions } from './transitions';

interface Search {
  name?: string;
  status?: ProductStatus;
  institutionId?: number;
  category?: ProductCategory;
}

export default function ProductList() {
  const { data: staff } = useGetIdentity<StaffIdentity>();
  // Institution staff only ever see their own institution's products: no institution filter for them.
  const pickInstitution = staff !== undefined && staff !== null && staff.role !== 'institution';

  const { tableProps, searchFormProps, sorters, filters, tableQuery } = useTable<
    AdminProductRow,
    HttpError,
    Search
  >({
    syncWithLocation: true,
    sorters: { initial: [{ field: 'updatedAt', order: 'desc' }] },
    onSearch: (values): CrudFilters => [
      { field: 'name', operator: 'contains', value: values.name?.trim() || undefined },
      { field: 'status', operator: 'eq', value: values.status },
      { field: 'institutionId', operator: 'eq', value: values.institutionId },
      { field: 'category', operator: 'eq', value: values.category },
    ],
  });

  const { selectProps: institutionSelect } = useSelect<AdminInstitution>({
    resource: 'institutions',
    optionLabel: 'name',
    optionValue: 'id',
    pagination: { mode: 'server', pageSize: 50 },
    onSearch: (value) => [{ field: 'name', operator: 'contains', value }],
    defaultValue: getDefaultFilter('institutionId', filters, 'eq'),
    queryOptions: { enabled: pickInstitution },
    defaultValueQueryOptions: { enabled: pickInstitution },
  });

  return (
    <List>
      <FilterBar formProps={searchFormProps}>
        <Form.Item name="name" label="名称">
          <Input placeholder="产品名称" allowClear style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="status" label="状态">
          <Select
            placeholder="全部"
            allowClear
            options={labelOptions(PRODUCT_STATUS_LABELS)}
            style={{ width: 120 }}
          />
        </Form.Item>
        {pickInstitution && (
          <Form.Item name="institutionId" label="机构">
            <Select {...institutionSelect} placeholder="全部" allowClear style={{ width: 220 }} />
          </Form.Item>
        )}
        <Form.Item name="category" label="类型">
          <Select
            placeholder="全部"
            allowClear
            options={labelOptions(PRODUCT_CATEGORY_LABELS)}
            style={{ width: 130 }}
          />
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
          showTotal: (total) => `共 ${total} 个产品`,
        }}
      >
        <Table.Column<AdminProductRow>
          dataIndex="name"
          title="名称"
          sorter
          defaultSortOrder={getDefaultSortOrder('name', sorters)}
          render={(name: string, row) => (
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{name}</Typography.Text>
              {row.status === 'draft' && row.reviewNote && (
                <Typography.Text
                  type="danger"
                  style={{ fontSize: 12, maxWidth: 180 }}
                  ellipsis={{ tooltip: row.reviewNote }}
                >
                  已退回：{row.reviewNote}
                </Typography.Text>
              )}
            </Space>
          )}
        />
        <Table.Column<AdminProductRow> dataIndex="institutionName" title="机构" />
        <Table.Column<AdminProductRow>
          dataIndex="category"
          title="类型"
          render={(c: ProductCategory) => PRODUCT_CATEGORY_LABELS[c]}
        />
        <Table.Column<AdminProductRow>
          dataIndex="minRateBp"
          title="最低利率 %"
          align="right"
          sorter
          defaultSortOrder={getDefaultSortOrder('minRateBp', sorters)}
          render={(bp: number) => percent(bp)}
        />
        <Table.Column<AdminProductRow>
          dataIndex="maxAmountYuan"
          title="最高额度 万"
          align="right"
          sorter
          defaultSortOrder={getDefaultSortOrder('maxAmountYuan', sorters)}
          render={(yuan: number) => wan(yuan)}
        />
        <Table.Column<AdminProductRow>
          dataIndex="maxTermMonths"
          title="最长期限 月"
          align="right"
          sorter
          defaultSortOrder={getDefaultSortOrder('maxTermMonths', sorters)}
        />
        <Table.Column<AdminProductRow>
          dataIndex="status"
          title="状态"
          render={(status: ProductStatus) => <ProductStatusTag status={status} />}
        />
        <Table.Column<AdminProductRow>
          dataIndex="updatedAt"
          title="更新时间"
          sorter
          defaultSortOrder={getDefaultSortOrder('updatedAt', sorters)}
          render={(v: string) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(v)}</span>}
        />
        <Table.Column<AdminProductRow>
          title="操作"
          render={(_, row) => (
            <Space wrap size="small">
              <ShowButton hideText size="small" recordItemId={row.id} />
              {row.editable && <EditButton hideText size="small" recordItemId={row.id} />}
              <ProductTransitions product={row} size="small" />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
