import { useShow } from '@refinedev/core';
import { EditButton, ListButton, RefreshButton, Show } from '@refinedev/antd';
import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import { LOAN_METHOD_LABELS, PRODUCT_CATEGORY_LABELS, type AdminProduct } from '@jrpt/contracts';
import { QueryError } from '../../components/query-error';
import { ProductStatusTag } from '../../components/status-tag';
import { dateTime, percent, wan } from '../../lib/format';
import { ProductTransitions } from './transitions';

const text = (v: string | null) =>
  v ? (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{v}</Typography.Paragraph>
  ) : (
    '-'
  );

export default function ProductShow() {
  const { query, result: row } = useShow<AdminProduct>();
  return (
    <Show
      isLoading={query.isLoading}
      title={
        <Space>
          金融产品详情
          {row && <ProductStatusTag status={row.status} />}
        </Space>
      }
      headerButtons={() => (
        <Space wrap>
          {row && <ProductTransitions product={row} />}
          <ListButton />
          {row?.editable && <EditButton recordItemId={row.id} />}
          <RefreshButton />
        </Space>
      )}
    >
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {row?.status === 'draft' && row.reviewNote && (
        <Alert
          type="warning"
          showIcon
          message="审核退回"
          description={row.reviewNote}
          style={{ marginBottom: 16 }}
        />
      )}
      {row && (
        <>
          <Descriptions
            styles={{ label: { whiteSpace: 'nowrap' } }}
            title="基本信息"
            bordered
            column={{ xs: 1, md: 2, xl: 3 }}
            size="middle"
          >
            <Descriptions.Item label="产品名称">{row.name}</Descriptions.Item>
            <Descriptions.Item label="所属机构">{row.institutionName}</Descriptions.Item>
            <Descriptions.Item label="类型">{PRODUCT_CATEGORY_LABELS[row.category]}</Descriptions.Item>
            <Descriptions.Item label="最低利率">{percent(row.minRateBp)}%（年化）</Descriptions.Item>
            <Descriptions.Item label="最高额度">{wan(row.maxAmountYuan)} 万元</Descriptions.Item>
            <Descriptions.Item label="最长期限">{row.maxTermMonths} 个月</Descriptions.Item>
            <Descriptions.Item label="融资方式">
              {row.methods.map((m) => LOAN_METHOD_LABELS[m]).join('、') || '-'}
            </Descriptions.Item>
            <Descriptions.Item label="首贷产品">{row.firstLoan ? '是' : '否'}</Descriptions.Item>
            <Descriptions.Item label="适用地区">
              {row.regions.length ? row.regions.map((r) => <Tag key={r.id}>{r.name}</Tag>) : '全市'}
            </Descriptions.Item>
            <Descriptions.Item label="标签">
              {row.tags.length ? row.tags.map((t) => <Tag key={t}>{t}</Tag>) : '-'}
            </Descriptions.Item>
            <Descriptions.Item label="上架时间">{dateTime(row.listedAt)}</Descriptions.Item>
            <Descriptions.Item label="更新时间">{dateTime(row.updatedAt)}</Descriptions.Item>
            <Descriptions.Item label="产品特点" span={3}>
              {text(row.features)}
            </Descriptions.Item>
            <Descriptions.Item label="产品介绍" span={3}>
              {text(row.intro)}
            </Descriptions.Item>
          </Descriptions>
          <Descriptions
            title="还款说明"
            bordered
            column={{ xs: 1, md: 2 }}
            size="middle"
            style={{ marginTop: 24 }}
          >
            <Descriptions.Item label="还款方式">{text(row.repaymentMethod)}</Descriptions.Item>
            <Descriptions.Item label="提前还款">{text(row.prepayment)}</Descriptions.Item>
          </Descriptions>
          <Descriptions
            title="准入条件"
            bordered
            column={{ xs: 1, md: 2 }}
            size="middle"
            style={{ marginTop: 24 }}
          >
            <Descriptions.Item label="年龄要求">{text(row.ageRequirement)}</Descriptions.Item>
            <Descriptions.Item label="经营要求">{text(row.businessRequirement)}</Descriptions.Item>
            <Descriptions.Item label="工作要求">{text(row.workRequirement)}</Descriptions.Item>
            <Descriptions.Item label="资产要求">{text(row.assetRequirement)}</Descriptions.Item>
            <Descriptions.Item label="收入要求">{text(row.incomeRequirement)}</Descriptions.Item>
            <Descriptions.Item label="所需材料">{text(row.requiredMaterials)}</Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Show>
  );
}
