/** 资讯动态 list: 政策指南 and 新闻动态, filtered by 类型 and 标题 on the server. */
import type { CrudFilters, HttpError } from '@refinedev/core';
import { EditButton, List, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { Form, Input, Select, Table, Tag, Typography } from 'antd';
import { ARTICLE_KIND_LABELS, type AdminArticleRow, type ArticleKind } from '@jrpt/contracts';
import { FilterBar } from '../../components/filter-bar';
import { QueryError } from '../../components/query-error';
import { dateTime } from '../../lib/format';
import { labelOptions } from '../../lib/options';

interface Search {
  title?: string;
  kind?: ArticleKind;
}

const KIND_COLORS: Record<ArticleKind, string> = { policy: 'purple', news: 'blue' };

export default function ArticleList() {
  const { tableProps, searchFormProps, sorters, tableQuery } = useTable<AdminArticleRow, HttpError, Search>({
    syncWithLocation: true,
    sorters: { initial: [{ field: 'publishedAt', order: 'desc' }] },
    onSearch: (values): CrudFilters => [
      { field: 'title', operator: 'contains', value: values.title?.trim() || undefined },
      { field: 'kind', operator: 'eq', value: values.kind },
    ],
  });

  return (
    <List>
      <FilterBar formProps={searchFormProps}>
        <Form.Item name="title" label="标题">
          <Input placeholder="标题关键词" allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="kind" label="类型">
          <Select
            placeholder="全部"
            allowClear
            options={labelOptions(ARTICLE_KIND_LABELS)}
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
          showTotal: (total) => `共 ${total} 篇`,
        }}
      >
        <Table.Column<AdminArticleRow>
          dataIndex="title"
          title="标题"
          render={(title: string) => (
            <Typography.Text strong ellipsis={{ tooltip: title }} style={{ maxWidth: 420 }}>
              {title}
            </Typography.Text>
          )}
        />
        <Table.Column<AdminArticleRow>
          dataIndex="kind"
          title="类型"
          render={(kind: ArticleKind) => <Tag color={KIND_COLORS[kind]}>{ARTICLE_KIND_LABELS[kind]}</Tag>}
        />
        <Table.Column<AdminArticleRow>
          dataIndex="source"
          title="来源"
          render={(v: string | null) => v ?? '-'}
        />
        <Table.Column<AdminArticleRow>
          dataIndex="tags"
          title="标签"
          render={(tags: string[]) => (tags.length ? tags.map((t) => <Tag key={t}>{t}</Tag>) : '-')}
        />
        <Table.Column<AdminArticleRow>
          dataIndex="publishedAt"
          title="发布时间"
          sorter
          defaultSortOrder={getDefaultSortOrder('publishedAt', sorters)}
          render={(v: string) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(v)}</span>}
        />
        <Table.Column<AdminArticleRow>
          dataIndex="updatedAt"
          title="更新时间"
          sorter
          defaultSortOrder={getDefaultSortOrder('updatedAt', sorters)}
          render={(v: string) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(v)}</span>}
        />
        <Table.Column<AdminArticleRow>
          title="操作"
          render={(_, row) => <EditButton hideText size="small" recordItemId={row.id} />}
        />
      </Table>
    </List>
  );
}
