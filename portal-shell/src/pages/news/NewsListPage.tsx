import { Alert, Button, Empty, Input, Pagination, Skeleton, Tabs, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ARTICLE_KIND_LABELS, type ArticleKind, type ArticleSummary, type Paged } from '@jrpt/contracts';
import { buildUrl, date, useApi, usePageTitle } from '@jrpt/portal-kit';
import { nextListParams, pageParam } from '../../common/paging';
import '../../common/pages.css';

const PAGE_SIZE = 10;
const KINDS: ArticleKind[] = ['policy', 'news'];

export const articleKind = (value: string | null): ArticleKind => (value === 'news' ? 'news' : 'policy');

/** 资讯动态 (manual §2.12): 政策指南 and 新闻动态, keyword search, pages. */
export default function NewsListPage() {
  const [params, setParams] = useSearchParams();
  const kind = articleKind(params.get('kind'));
  const keyword = params.get('keyword') ?? '';
  const page = pageParam(params.get('page'));
  usePageTitle(ARTICLE_KIND_LABELS[kind]);

  const { data, error, isLoading, mutate } = useApi<Paged<ArticleSummary>>(
    buildUrl('/api/articles', { kind, keyword, page, pageSize: PAGE_SIZE }),
    { keepPreviousData: true },
  );

  const update = (changes: Record<string, string | number | null>) => {
    setParams(nextListParams(params, changes));
    if ('page' in changes) window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  return (
    <div className="page container">
      <div className="page-card">
        <h1 className="visually-hidden">资讯动态</h1>
        <div className="list-toolbar">
          <Tabs
            activeKey={kind}
            onChange={(k) => update({ kind: k })}
            items={KINDS.map((k) => ({ key: k, label: ARTICLE_KIND_LABELS[k] }))}
            size="large"
          />
          <Input.Search
            key={keyword}
            className="search-box"
            defaultValue={keyword}
            placeholder="请输入您要查询的内容"
            enterButton="查询"
            allowClear
            maxLength={50}
            aria-label="查询资讯"
            onSearch={(value) => update({ keyword: value.trim() })}
          />
        </div>

        {error && !data ? (
          <Alert
            type="error"
            showIcon
            style={{ margin: '24px 0' }}
            message="资讯暂时无法获取"
            description={error.message}
            action={<Button onClick={() => mutate()}>重试</Button>}
          />
        ) : isLoading && !data ? (
          <Skeleton active paragraph={{ rows: 8 }} style={{ marginTop: 24 }} />
        ) : !data?.items.length ? (
          <Empty
            style={{ margin: '48px 0' }}
            description={
              keyword
                ? `没有找到与“${keyword}”相关的${ARTICLE_KIND_LABELS[kind]}`
                : `暂无${ARTICLE_KIND_LABELS[kind]}`
            }
          />
        ) : (
          <>
            <ul className="entry-list" aria-busy={isLoading}>
              {data.items.map((a) => (
                <li key={a.id} className="entry">
                  <h2 className="entry-title">
                    <Link to={`/news/${a.id}`}>{a.title}</Link>
                  </h2>
                  {a.summary && <p className="entry-summary">{a.summary}</p>}
                  <div className="entry-meta">
                    <time dateTime={a.publishedAt}>{date(a.publishedAt)}</time>
                    {a.source && <span>来源：{a.source}</span>}
                    {a.tags.map((t) => (
                      <Tag key={t} bordered={false} color="blue">
                        {t}
                      </Tag>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
            <Pagination
              className="list-pagination"
              current={data.page}
              pageSize={PAGE_SIZE}
              total={data.total}
              showSizeChanger={false}
              showTotal={(total) => `共 ${total} 条`}
              onChange={(p) => update({ page: p })}
            />
          </>
        )}
      </div>
    </div>
  );
}
