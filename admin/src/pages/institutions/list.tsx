/** 金融机构 list: server-side pagination, sorting and the 机构类型 / 名称 filters. */
import type { CrudFilters, HttpError } from '@refinedev/core';
import { EditButton, List, ShowButton, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { Form, Input, Select, Space, Table, Typography } from 'antd';
import { INSTITUTION_TYPE_LABELS, type AdminInstitution, type InstitutionType } from '@jrpt/contracts';
import { FilterBar } from '../../components/filter-bar';
import { RegionTags } from '../../components/region-tags';
import { QueryError } from '../../components/query-error';
import { dateTime } from '../../lib/format';
import { labelOptions } from '../../lib/options';

interface Search {
  name?: string;
  type?: InstitutionType;
}

export default function InstitutionList() {
  const { tableProps, searchFormProps, sorters, tableQuery } = useTable<AdminInstitution, HttpError, Search>({
    syncWithLocation: true,
    onSearch: (values): CrudFilters => [
      { field: 'name', operator: 'contains', value: values.name?.trim() || undefined },
      { field: 'type', operator: 'eq', value: values.type },
    ],
  });

  return (
    <List>
      <FilterBar formProps={searchFormProps}>
        <Form.Item name="name" label="名称">
          <Input placeholder="机构名称" allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="type" label="机构类型">
          <Select
            placeholder="全部"
            allowClear
            options={labelOptions(INSTITUTION_TYPE_LABELS)}
            style={{ width: 160 }}
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
          showTotal: (total) => `共 ${total} 家`,
        }}
      >
        <Table.Column<AdminInstitution>
          dataIndex="name"
          title="机构名称"
          sorter
          defaultSortOrder={getDefaultSortOrder('name', sorters)}
          render={(name: string, row) => (
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{name}</Typography.Text>
              {row.shortName && <Typography.Text type="secondary">{row.shortName}</Typography.Text>}
            </Space>
          )}
        />
        <Table.Column<AdminInstitution>
          dataIndex="type"
          title="机构类型"
          render={(type: InstitutionType) => INSTITUTION_TYPE_LABELS[type]}
        />
        <Table.Column<AdminInstitution>
          dataIndex="regions"
          title="服务区域"
          render={(regions: AdminInstitution['regions']) => <RegionTags regions={regions} />}
        />
        <Table.Column<AdminInstitution> dataIndex="productCount" title="产品数" align="right" />
        <Table.Column<AdminInstitution>
          dataIndex="contactPhone"
          title="联系电话"
          render={(v: string | null) => v ?? '-'}
        />
        <Table.Column<AdminInstitution>
          dataIndex="createdAt"
          title="创建时间"
          sorter
          defaultSortOrder={getDefaultSortOrder('createdAt', sorters)}
          render={(v: string) => dateTime(v)}
        />
        <Table.Column<AdminInstitution>
          title="操作"
          render={(_, row) => (
            <Space>
              <ShowButton hideText size="small" recordItemId={row.id} />
              <EditButton hideText size="small" recordItemId={row.id} />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
