import { List, Typography } from 'antd';
import type { ArticleSummary, Paged } from '@jrpt/contracts';
import { buildUrl, date, useApi } from '@jrpt/portal-kit';
import { ShellLink } from '../hosting';
import { LoadError, Loading, Nothing } from '@jrpt/portal-kit/remote';

/** Policies (政策指南) carrying a tag, e.g. 续贷政策; each opens the portal's 资讯动态 detail page. */
export function PolicyList({ tag, emptyText }: { tag: string; emptyText: string }) {
  const { data, error, mutate } = useApi<Paged<ArticleSummary>>(
    buildUrl('/api/articles', { kind: 'policy', tag, pageSize: 8 }),
  );
  if (error) return <LoadError error={error} onRetry={() => void mutate()} />;
  if (!data) return <Loading rows={4} />;
  if (data.items.length === 0) return <Nothing description={emptyText} />;
  return (
    <List
      itemLayout="vertical"
      dataSource={data.items}
      renderItem={(a) => (
        <List.Item key={a.id} style={{ paddingInline: 0 }}>
          <ShellLink to={`/news/${a.id}`}>
            <span style={{ fontWeight: 500 }}>{a.title}</span>
          </ShellLink>
          {a.summary && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
              {a.summary}
            </Typography.Paragraph>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {date(a.publishedAt)}
            {a.source ? ` | ${a.source}` : ''}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
