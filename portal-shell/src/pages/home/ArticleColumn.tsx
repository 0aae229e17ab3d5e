import { Link } from 'react-router';
import type { ArticleKind, ArticleSummary, Paged } from '@jrpt/contracts';
import { date, useApi } from '@jrpt/portal-kit';
import { ArrowRightIcon } from '../../layout/icons';

/** A home-page column of the latest articles of one kind (新闻动态 or 政策指南). */
export function ArticleColumn({
  kind,
  title,
  count = 6,
}: {
  kind: ArticleKind;
  title: string;
  count?: number;
}) {
  const { data, error, isLoading, mutate } = useApi<Paged<ArticleSummary>>(
    `/api/articles?kind=${kind}&pageSize=${count}`,
  );

  return (
    <section className="home-card" aria-labelledby={`home-${kind}`}>
      <header className="home-card-head">
        <h2 id={`home-${kind}`}>{title}</h2>
        <Link to={`/news?kind=${kind}`} className="more">
          更多 <ArrowRightIcon />
        </Link>
      </header>
      {isLoading ? (
        <ul className="article-list" aria-busy>
          {Array.from({ length: 4 }, (_, i) => (
            <li key={i} className="line-skeleton" />
          ))}
        </ul>
      ) : error ? (
        <div className="card-state" role="alert">
          {title}暂时无法获取
          <button type="button" className="linklike" onClick={() => mutate()}>
            重试
          </button>
        </div>
      ) : !data?.items.length ? (
        <div className="card-state">暂无{title}</div>
      ) : (
        <ul className="article-list">
          {data.items.map((a) => (
            <li key={a.id}>
              <Link to={`/news/${a.id}`} title={a.title}>
                {a.title}
              </Link>
              <time dateTime={a.publishedAt}>{date(a.publishedAt)}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
