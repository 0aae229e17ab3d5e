import { Button, Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatRate, LOAN_METHOD_LABELS, type ProductSummary } from '@jrpt/contracts';
import { wan } from '@jrpt/portal-kit';
import { useAppPath } from '@jrpt/portal-kit/remote';

function Figure({
  prefix,
  value,
  unit,
  label,
  strong,
}: {
  prefix?: string;
  value: string;
  unit: string;
  label: string;
  strong?: boolean;
}) {
  return (
    <Flex vertical align="center" style={{ flex: '1 1 0', minWidth: 0 }}>
      <Typography.Text
        style={{ fontSize: 20, fontWeight: 600, color: strong ? '#d4380d' : undefined, whiteSpace: 'nowrap' }}
      >
        {prefix && <span style={{ fontSize: 13, fontWeight: 400, marginInlineEnd: 2 }}>{prefix}</span>}
        {value}
        <span style={{ fontSize: 13, fontWeight: 400, marginInlineStart: 2 }}>{unit}</span>
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
    </Flex>
  );
}

/**
 * A product in 金融超市 / 首贷中心: name, institution, 年化 x% 起, 最高额度, 最长期限, 融资方式, 查看详情,
 * and the page's own action (首贷中心's 立即申请) beside it.
 */
export function ProductCard({ product, action }: { product: ProductSummary; action?: ReactNode }) {
  const appPath = useAppPath();
  const navigate = useNavigate();
  const detail = appPath(`products/${product.id}`);
  return (
    <Card size="small" styles={{ body: { padding: 16 } }}>
      <Flex wrap gap={16} align="center" justify="space-between">
        <Flex vertical gap={6} style={{ flex: '1 1 240px', minWidth: 0 }}>
          <Link to={detail}>
            <Typography.Title level={5} style={{ margin: 0 }} ellipsis>
              {product.name}
            </Typography.Title>
          </Link>
          <Typography.Text type="secondary">{product.institutionName}</Typography.Text>
          <Flex wrap gap={4}>
            {product.methods.map((m) => (
              <Tag key={m} color="blue" style={{ marginInlineEnd: 0 }}>
                {LOAN_METHOD_LABELS[m]}
              </Tag>
            ))}
            {product.tags.map((t) => (
              <Tag key={t} style={{ marginInlineEnd: 0 }}>
                {t}
              </Tag>
            ))}
          </Flex>
        </Flex>
        <Flex gap={8} style={{ flex: '1 1 300px' }}>
          <Figure prefix="年化" value={formatRate(product.minRateBp)} unit="% 起" label="最低利率" strong />
          <Figure value={wan(product.maxAmountYuan)} unit="万" label="最高额度" />
          <Figure value={String(product.maxTermMonths)} unit="月" label="最长期限" />
        </Flex>
        <Flex gap={8} wrap>
          <Button
            type="primary"
            ghost
            onClick={() => navigate(detail)}
            aria-label={`查看详情：${product.name}`}
          >
            查看详情
          </Button>
          {action}
        </Flex>
      </Flex>
    </Card>
  );
}
