import type { HomeStats as Stats } from '@jrpt/contracts';
import { useApi, wan } from '@jrpt/portal-kit';

const count = (n: number) => n.toLocaleString('zh-CN');

/** The live figures, read from the API's maintained aggregates. */
export function HomeStats() {
  const { data, error, isLoading, mutate } = useApi<Stats>('/api/home/stats');

  const figures = data
    ? [
        { label: '注册用户数', value: count(data.registeredUsers), unit: '位' },
        { label: '金融产品', value: count(data.listedProducts), unit: '款' },
        { label: '累计授信', value: count(data.creditCount), unit: '笔' },
        { label: '助力小微企业融资', value: count(data.financedCount), unit: '笔' },
        { label: '助力小微企业融资', value: wan(data.financedAmountYuan, 0), unit: '万元' },
      ]
    : null;

  return (
    <section className="home-stats" aria-label="平台数据">
      <div className="container">
        {error && !data ? (
          <div className="stats-error" role="alert">
            平台数据暂时无法获取
            <button type="button" className="linklike" onClick={() => mutate()}>
              重试
            </button>
          </div>
        ) : (
          <ul className="stats-list" aria-busy={isLoading}>
            {(figures ?? Array.from({ length: 5 }, () => null)).map((f, i) => (
              <li key={i} className="stat">
                {f ? (
                  <>
                    <span className="stat-value">
                      {f.value}
                      <small>{f.unit}</small>
                    </span>
                    <span className="stat-label">{f.label}</span>
                  </>
                ) : (
                  <span className="stat-skeleton" />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
