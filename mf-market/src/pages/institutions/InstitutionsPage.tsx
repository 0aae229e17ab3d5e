import { Card, Col, Flex, Input, Pagination, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import {
  INSTITUTION_TYPE_LABELS,
  INSTITUTION_TYPES,
  institutionQuery,
  type Institution,
  type Paged,
  type Region,
} from '@jrpt/contracts';
import { buildUrl, useApi } from '@jrpt/portal-kit';
import { useAppPath, Page, LoadError, Loading, Nothing } from '@jrpt/portal-kit/remote';
import { ChipRow, optionsOf } from '../../components/chips';
import { useSearchState } from '../../use-search-state';

/** Three columns on a wide screen: a page fills whole rows. */
const PAGE_SIZE = 12;

function InstitutionCard({ institution }: { institution: Institution }) {
  const appPath = useAppPath();
  const market = appPath(`?institutionId=${institution.id}`);
  return (
    <Card size="small" style={{ height: '100%' }} styles={{ body: { padding: 16 } }}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Link to={market} aria-label={`${institution.name}的产品`}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {institution.name}
            </Typography.Title>
          </Link>
          <Tag color="blue" style={{ marginInlineEnd: 0, flex: 'none' }}>
            {INSTITUTION_TYPE_LABELS[institution.type]}
          </Tag>
        </Flex>
        {institution.intro && (
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
            {institution.intro}
          </Typography.Paragraph>
        )}
        <Typography.Text>
          服务区域：{institution.regions.length ? institution.regions.map((r) => r.name).join('、') : '—'}
        </Typography.Text>
        {institution.contactPhone && <Typography.Text>联系电话：{institution.contactPhone}</Typography.Text>}
        {institution.address && <Typography.Text>地址：{institution.address}</Typography.Text>}
        <Link to={market}>在售产品 {institution.productCount} 款 ›</Link>
      </Flex>
    </Card>
  );
}

/** 金融机构 (§2.3): filter by 服务区域 and 机构类型; an institution opens 金融超市 filtered to it. */
export default function InstitutionsPage() {
  const [filters, setFilters] = useSearchState(institutionQuery);
  const regions = useApi<Region[]>('/api/regions');
  const { data, error, isLoading, isValidating, mutate } = useApi<Paged<Institution>>(
    buildUrl('/api/institutions', { ...filters, pageSize: PAGE_SIZE }),
    { keepPreviousData: true },
  );

  return (
    <Page title="金融机构" intro="按服务区域和机构类型查找金融机构，点击机构查看其在售产品。">
      <Card size="small" styles={{ body: { padding: 16 } }}>
        <Flex vertical gap={10}>
          {regions.data && regions.data.length > 0 && (
            <ChipRow
              label="服务区域"
              value={filters.regionId}
              options={regions.data.map((r) => ({ value: r.id, label: r.name }))}
              onChange={(regionId) => setFilters({ regionId })}
            />
          )}
          <ChipRow
            label="机构类型"
            value={filters.type}
            options={optionsOf(INSTITUTION_TYPES, INSTITUTION_TYPE_LABELS)}
            onChange={(type) => setFilters({ type })}
          />
          <Flex gap={8} align="baseline">
            <Typography.Text type="secondary" style={{ flex: 'none', width: 64 }}>
              机构名称
            </Typography.Text>
            <Input.Search
              key={filters.name ?? ''}
              defaultValue={filters.name}
              placeholder="输入机构名称"
              allowClear
              enterButton="查询"
              maxLength={50}
              onSearch={(name) => setFilters({ name: name.trim() || undefined })}
              style={{ maxWidth: 360 }}
            />
          </Flex>
        </Flex>
      </Card>
      <Typography.Text type="secondary" aria-live="polite">
        {data ? `共 ${data.total} 家机构` : ' '}
      </Typography.Text>
      {error && !data ? (
        <LoadError error={error} onRetry={() => void mutate()} />
      ) : isLoading && !data ? (
        <Loading rows={6} />
      ) : data && data.items.length === 0 ? (
        <Nothing description="没有符合条件的机构" />
      ) : (
        data && (
          <Row gutter={[16, 16]} style={{ opacity: isValidating ? 0.6 : 1 }}>
            {data.items.map((i) => (
              <Col key={i.id} xs={24} md={12} xl={8}>
                <InstitutionCard institution={i} />
              </Col>
            ))}
          </Row>
        )
      )}
      {data && data.total > PAGE_SIZE && (
        <Pagination
          align="center"
          current={filters.page}
          pageSize={PAGE_SIZE}
          total={data.total}
          showSizeChanger={false}
          onChange={(page) => setFilters({ page })}
        />
      )}
    </Page>
  );
}
