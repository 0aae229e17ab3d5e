import { Alert, Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import {
  BORROWER_TYPE_LABELS,
  DEMAND_METHOD_LABELS,
  GENDER_LABELS,
  type BorrowerType,
  type Institution,
  type ProductRecommendation,
  type Region,
} from '@jrpt/contracts';
import { Nothing } from '@jrpt/portal-kit/remote';
import { ProductBrief } from '../../components/product-brief';
import { institutionIdsOf, type DemandFormValues } from './demand-form';

/**
 * 确认提交: the demand as it will be published and the listed products that fit it (推荐产品), best first,
 * each with its reasons. 查看详情 opens a product; 提交 publishes the demand; 返回修改 goes back to the form.
 */
export function ConfirmStep({
  values,
  borrowerType,
  institutions,
  regions,
  recommendations,
  sending,
  notice,
  onBack,
  onSubmit,
}: {
  values: DemandFormValues;
  borrowerType: BorrowerType;
  institutions: Institution[];
  regions: Region[];
  recommendations: ProductRecommendation[];
  sending: boolean;
  notice?: ReactNode;
  onBack: () => void;
  onSubmit: () => void;
}) {
  const named = institutionIdsOf(values.institutionIds);
  const names = named.map((id) => institutions.find((i) => i.id === id)?.name ?? `机构${id}`);
  return (
    <Flex vertical gap={16}>
      {notice}
      <Card size="small" title="您的融资需求">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'type', label: '发布类型', children: BORROWER_TYPE_LABELS[borrowerType] },
            { key: 'amount', label: '融资金额', children: `${values.amountWan}万` },
            { key: 'term', label: '融资期限', children: `${values.termMonths}个月` },
            { key: 'purpose', label: '融资用途', children: values.purpose },
            { key: 'method', label: '融资方式', children: DEMAND_METHOD_LABELS[values.method] },
            {
              key: 'rate',
              label: '期望利率',
              children: `${values.rateMinPercent}% — ${values.rateMaxPercent}%（年化）`,
            },
            { key: 'inst', label: '期望机构', children: names.length ? names.join('、') : '不限' },
            {
              key: 'region',
              label: '所属区域',
              children: regions.find((r) => r.id === values.regionId)?.name ?? '-',
            },
            {
              key: 'contact',
              label: '联系人',
              children: `${values.contactName ?? ''}${values.gender ? GENDER_LABELS[values.gender] : ''} ${values.contactPhone ?? ''}`,
            },
            ...(borrowerType === 'enterprise'
              ? [{ key: 'ent', label: '企业名称', children: values.enterpriseName }]
              : []),
          ]}
        />
      </Card>
      <Card
        size="small"
        title={`推荐产品（${recommendations.length}）`}
        extra={<Typography.Text type="secondary">按匹配度排序</Typography.Text>}
      >
        <Flex vertical gap={12}>
          <Alert
            type="info"
            showIcon
            message="系统根据您的融资需求，从金融超市筛选了以下符合条件的产品。"
            description="如有合适的产品，可点击“查看详情”了解并申请；如果仍不能满足您的需求，请点击“提交”完成融资需求的发布。"
          />
          {recommendations.length === 0 ? (
            <Nothing description="暂无完全符合条件的产品，提交后金融机构会根据您的需求与您联系" />
          ) : (
            <Row gutter={[12, 12]} data-testid="recommendations">
              {recommendations.map((r, i) => (
                <Col key={r.product.id} xs={24} md={12}>
                  <ProductBrief product={r.product}>
                    <Flex gap={8} align="center">
                      <Tag color={i === 0 ? 'red' : 'blue'}>推荐第{i + 1}位</Tag>
                      <Typography.Text type="secondary">匹配度 {r.score}</Typography.Text>
                    </Flex>
                    <Flex
                      vertical
                      gap={2}
                      component="ul"
                      style={{ margin: 0, padding: 0, listStyle: 'none' }}
                    >
                      {r.reasons.map((reason) => (
                        <li key={reason}>
                          <CheckCircleFilled style={{ color: '#52c41a', marginInlineEnd: 6 }} />
                          {reason}
                        </li>
                      ))}
                      {r.mismatches.map((m) => (
                        <li key={m}>
                          <ExclamationCircleFilled style={{ color: '#faad14', marginInlineEnd: 6 }} />
                          <Typography.Text type="secondary">{m}</Typography.Text>
                        </li>
                      ))}
                    </Flex>
                  </ProductBrief>
                </Col>
              ))}
            </Row>
          )}
        </Flex>
      </Card>
      <Flex gap={12} justify="center">
        <Button onClick={onBack} disabled={sending}>
          返回修改
        </Button>
        <Button type="primary" onClick={onSubmit} loading={sending}>
          提交
        </Button>
      </Flex>
    </Flex>
  );
}
