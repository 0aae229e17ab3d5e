import { FINANCING_FEED_KIND_LABELS, type FinancingFeedItem } from '@jrpt/contracts';
import { date, money, useApi } from '@jrpt/portal-kit';
import { feedTone } from './financing-feed';
import './financing-feed.css';

/** 融资动态: the latest applications and demands, names masked by the API (GET /api/home/financing-feed). */
export function FinancingFeed() {
  const { data, error, isLoading, mutate } = useApi<FinancingFeedItem[]>('/api/home/financing-feed');
  return (
    <section className="home-card financing-feed" aria-labelledby="home-financing-feed">
      <header className="home-card-head">
        <h2 id="home-financing-feed">融资动态</h2>
      </header>
      {isLoading ? (
        <ul className="article-list" aria-busy>
          {Array.from({ length: 4 }, (_, i) => (
            <li key={i} className="line-skeleton" />
          ))}
        </ul>
      ) : error ? (
        <div className="card-state" role="alert">
          融资动态暂时无法获取
          <button type="button" className="linklike" onClick={() => mutate()}>
            重试
          </button>
        </div>
      ) : !data?.length ? (
        <div className="card-state">暂无融资动态</div>
      ) : (
        <table className="feed-table">
          <thead>
            <tr>
              <th scope="col">申请人</th>
              <th scope="col">金融机构</th>
              <th scope="col">产品</th>
              <th scope="col" className="feed-amount">
                金额
              </th>
              <th scope="col">状态</th>
              <th scope="col" className="feed-date">
                日期
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((item, i) => (
              <tr key={`${item.kind}-${item.createdAt}-${i}`}>
                <td className="feed-who">{item.applicantMasked}</td>
                <td className="feed-institution">{item.institutionName ?? '待机构对接'}</td>
                <td className="feed-product">{item.productName ?? FINANCING_FEED_KIND_LABELS[item.kind]}</td>
                <td className="feed-amount">{money(item.amountYuan)}</td>
                <td className="feed-status-cell">
                  <span className={`feed-status feed-${feedTone(item.status)}`}>{item.statusLabel}</span>
                </td>
                <td className="feed-date">
                  <time dateTime={item.createdAt}>{date(item.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
