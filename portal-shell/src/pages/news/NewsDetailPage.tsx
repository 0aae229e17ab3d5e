import { Alert, Breadcrumb, Button, Result, Skeleton, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { ARTICLE_KIND_LABELS, type ArticleDetail } from '@jrpt/contracts';
import { dateTime, useApi, usePageTitle } from '@jrpt/portal-kit';
import { LinkButton } from '../../common/LinkButton';
import { SafeHtml } from '../../common/SafeHtml';
import '../../common/pages.css';

/** 资讯详情: title, source, date, body. */
export default function NewsDetailPage() {
  const { id } = useParams();
  const validId = id && /^\d{1,15}$/.test(id) ? id : null;
  const { data, error, isLoading, mutate } = useApi<ArticleDetail>(
    validId ? `/api/articles/${validId}` : null,
  );
  usePageTitle(data?.title ?? '资讯动态');

  if (!validId || error?.status === 404) {
    return (
      <Result
        status="404"
        title="资讯不存在"
        subTitle="该资讯可能已被删除或尚未发布。"
        extra={
          <LinkButton type="primary" to="/news">
            返回资讯动态
          </LinkButton>
        }
      />
    );
  }

  const kindLabel = data ? ARTICLE_KIND_LABELS[data.kind] : '资讯';

  return (
    <div className="page container">
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/">首页</Link> },
          { title: <Link to="/news">资讯动态</Link> },
          ...(data ? [{ title: <Link to={`/news?kind=${data.kind}`}>{kindLabel}</Link> }] : []),
          { title: '正文' },
        ]}
      />
      <article className="page-card">
        {error ? (
          <Alert
            type="error"
            showIcon
            message="资讯暂时无法获取"
            description={error.message}
            action={<Button onClick={() => mutate()}>重试</Button>}
          />
        ) : isLoading || !data ? (
          <Skeleton active title paragraph={{ rows: 12 }} />
        ) : (
          <>
            <header className="article-head">
              <h1 className="article-title">{data.title}</h1>
              <div className="article-meta">
                {data.source && <span>来源：{data.source}</span>}
                <span>
                  发布时间：<time dateTime={data.publishedAt}>{dateTime(data.publishedAt)}</time>
                </span>
                {data.tags.length > 0 && (
                  <span>
                    {data.tags.map((t) => (
                      <Tag key={t} bordered={false} color="blue">
                        {t}
                      </Tag>
                    ))}
                  </span>
                )}
              </div>
            </header>
            <SafeHtml className="article-body" html={data.body} />
            <footer className="article-foot">
              <LinkButton to={`/news?kind=${data.kind}`}>返回{kindLabel}</LinkButton>
            </footer>
          </>
        )}
      </article>
    </div>
  );
}
