import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LOAN_METHOD_LABELS, type ProductSummary } from '@jrpt/contracts';
import { money, rate } from '@jrpt/portal-kit';
import { ShellLink } from '../hosting';

/** A listed product in brief (name, institution, 年化 x% 起, 最高额度, 最长期限) with 查看详情 in 金融超市. */
export function ProductBrief({ product: p, children }: { product: ProductSummary; children?: ReactNode }) {
  return (
    <Card
      size="small"
      title={p.name}
      extra={<ShellLink to={`/market/products/${p.id}`}>查看详情</ShellLink>}
      style={{ height: '100%' }}
      data-product-id={p.id}
    >
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">{p.institutionName}</Typography.Text>
        <Typography.Text>
          年化 <Typography.Text type="danger">{rate(p.minRateBp)}</Typography.Text> 起 · 最高{' '}
          {money(p.maxAmountYuan)} · 最长 {p.maxTermMonths} 个月
        </Typography.Text>
        {(p.methods.length > 0 || p.firstLoan) && (
          <div>
            {p.firstLoan && <Tag color="orange">首贷</Tag>}
            {p.methods.map((m) => (
              <Tag key={m}>{LOAN_METHOD_LABELS[m]}</Tag>
            ))}
          </div>
        )}
        {children}
      </Flex>
    </Card>
  );
}
