import { Flex, Segmented } from 'antd';
import { MARKET_SORT_LABELS, marketQuery, type MarketSort } from '@jrpt/contracts';
import { Page } from '@jrpt/portal-kit/remote';
import { ProductList } from '../../components/product-list';
import { useSearchState } from '../../use-search-state';
import { FilterPanel } from './filter-panel';
import { apiQueryOf } from './market-query';

const SORT_ORDER: MarketSort[] = ['rate', 'amount', 'term', 'newest'];

/** 金融超市 (§2.3): listed products, filtered, sorted and paged on the server; all of it in the URL. */
export default function MarketPage() {
  const [filters, setFilters] = useSearchState(marketQuery);
  return (
    <Page title="金融超市" intro="按机构、金额、期限、融资方式等条件筛选金融产品，查看详情后在线申请。">
      <FilterPanel filters={filters} onChange={setFilters} />
      <ProductList
        query={apiQueryOf(filters)}
        page={filters.page}
        pageSize={filters.pageSize}
        onPage={(page, pageSize) => setFilters({ page, pageSize })}
        toolbar={
          <Flex align="center" gap={8}>
            <span style={{ color: 'rgba(0,0,0,.45)' }}>排序</span>
            <Segmented<MarketSort>
              value={filters.sort}
              options={SORT_ORDER.map((s) => ({ value: s, label: MARKET_SORT_LABELS[s] }))}
              onChange={(sort) => setFilters({ sort })}
            />
          </Flex>
        }
      />
    </Page>
  );
}
