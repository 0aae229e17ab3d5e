import { Breadcrumb, Card, Descriptions, Flex, Grid, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import {
  formatRate,
  LOAN_METHOD_LABELS,
  PRODUCT_CATEGORY_LABELS,
  PRODUCT_STATUS_LABELS,
  type ProductDetail,
} from '@jrpt/contracts';
import { ApiError, useApi, usePageTitle, wan } from '@jrpt/portal-kit';
import { useAppPath, LoadError, Loading } from '@jrpt/portal-kit/remote';
import { BackButton } from '../../components/back-button';
import { ApplyButton } from '../../loan-application/ApplyButton';

const text = (v: string | null) => (v && v.trim() ? v : '—');

function Figure({
  prefix,
  value,
  unit,
  label,
}: {
  prefix?: string;
  value: string;
  unit: string;
  label: string;
}) {
  const narrow = Grid.useBreakpoint().sm === false;
  return (
    <Flex vertical align="center" style={{ flex: '1 1 0', minWidth: 0 }}>
      <Typography.Text
        style={{ fontSize: narrow ? 20 : 26, fontWeight: 600, color: '#d4380d', whiteSpace: 'nowrap' }}
      >
        {prefix && <span style={{ fontSize: 13, fontWeight: 400, marginInlineEnd: 2 }}>{prefix}</span>}
        {value}
        <span style={{ fontSize: 13, fontWeight: 400, marginInlineStart: 2 }}>{unit}</span>
      </Typography.Text>
      <Typography.Text type="secondary">{label}</Typography.Text>
    </Flex>
  );
}

/** 产品详情 (§2.3): every field the manual shows. */
export default function ProductDetailPage() {
  const { id } = useParams();
  const validId = id && /^\d+$/.test(id) ? id : null;
  const appPath = useAppPath();
  const { data: product, error, mutate } = useApi<ProductDetail>(validId ? `/api/products/${validId}` : null);
  usePageTitle(product?.name ?? '产品详情');

  const back = <BackButton label="返回金融超市" />;
  const crumbs = (
    <Breadcrumb
      items={[{ title: <Link to={appPath()}>金融超市</Link> }, { title: product?.name ?? '产品详情' }]}
    />
  );
  if (!validId)
    return (
      <Flex vertical gap={16}>
        {crumbs}
        <LoadError error={notFound} back={back} />
      </Flex>
    );
  if (error)
    return (
      <Flex vertical gap={16}>
        {crumbs}
        <LoadError error={error} onRetry={() => void mutate()} back={back} />
      </Flex>
    );
  if (!product)
    return (
      <Flex vertical gap={16}>
        {crumbs}
        <Card>
          <Loading rows={8} />
        </Card>
      </Flex>
    );

  return (
    <Flex vertical gap={16}>
      {crumbs}
      <Card>
        <Flex vertical gap={16}>
          <Flex wrap gap={8} align="center">
            <Typography.Title level={3} style={{ margin: 0 }}>
              {product.name}
            </Typography.Title>
            <Tag color={product.status === 'listed' ? 'green' : 'default'}>
              {PRODUCT_STATUS_LABELS[product.status]}
            </Tag>
            {product.firstLoan && <Tag color="volcano">首贷产品</Tag>}
          </Flex>
          <Typography.Text type="secondary">
            <Link to={appPath(`?institutionId=${product.institutionId}`)}>{product.institutionName}</Link>
            {' · '}
            {PRODUCT_CATEGORY_LABELS[product.category]}
          </Typography.Text>
          <Flex
            wrap
            gap={16}
            justify="space-around"
            style={{ background: '#fafafa', padding: '16px 8px', borderRadius: 8 }}
          >
            <Figure prefix="年化" value={formatRate(product.minRateBp)} unit="% 起" label="最低利率" />
            <Figure value={wan(product.maxAmountYuan)} unit="万" label="最高额度" />
            <Figure value={String(product.maxTermMonths)} unit="月" label="最长期限" />
          </Flex>
          <Flex justify="center">
            <ApplyButton product={product} size="large" style={{ minWidth: 200 }} />
          </Flex>
          <Descriptions column={1} size="small" styles={{ label: { width: 96 } }}>
            <Descriptions.Item label="融资方式">
              {product.methods.map((m) => LOAN_METHOD_LABELS[m]).join(' | ') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="产品特点">{text(product.features)}</Descriptions.Item>
            {product.tags.length > 0 && (
              <Descriptions.Item label="标签">
                <Flex wrap gap={4}>
                  {product.tags.map((t) => (
                    <Tag key={t} style={{ marginInlineEnd: 0 }}>
                      {t}
                    </Tag>
                  ))}
                </Flex>
              </Descriptions.Item>
            )}
            <Descriptions.Item label="适用地区">
              {product.regions.length ? product.regions.map((r) => r.name).join('、') : '不限'}
            </Descriptions.Item>
          </Descriptions>
        </Flex>
      </Card>
      <Card title="产品介绍" size="small">
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {text(product.intro)}
        </Typography.Paragraph>
      </Card>
      <Card title="还款说明" size="small">
        <Descriptions column={1} size="small" styles={{ label: { width: 96 } }}>
          <Descriptions.Item label="还款方式">{text(product.repaymentMethod)}</Descriptions.Item>
          <Descriptions.Item label="提前还款">{text(product.prepayment)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="准入条件" size="small">
        <Descriptions column={1} size="small" styles={{ label: { width: 96 } }}>
          <Descriptions.Item label="年龄要求">{text(product.ageRequirement)}</Descriptions.Item>
          <Descriptions.Item label="经营要求">{text(product.businessRequirement)}</Descriptions.Item>
          <Descriptions.Item label="工作要求">{text(product.workRequirement)}</Descriptions.Item>
          <Descriptions.Item label="资产要求">{text(product.assetRequirement)}</Descriptions.Item>
          <Descriptions.Item label="收入要求">{text(product.incomeRequirement)}</Descriptions.Item>
          <Descriptions.Item label="所需材料">{text(product.requiredMaterials)}</Descriptions.Item>
        </Descriptions>
      </Card>
    </Flex>
  );
}

const notFound = new ApiError(404, 'not_found', '产品不存在或已下架');
