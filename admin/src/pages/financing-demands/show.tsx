/** One financing demand: the §2.7 form as published, 期望机构, where it stands, the timeline and the buttons. */
import { useGetIdentity, useShow } from '@refinedev/core';
import { ListButton, RefreshButton, Show } from '@refinedev/antd';
import { Alert, Card, Col, Descriptions, Row, Space, Tag } from 'antd';
import {
  BORROWER_TYPE_LABELS,
  DEMAND_CHANNEL_LABELS,
  DEMAND_METHOD_LABELS,
  DEMAND_REVIEW_RESULT_LABELS,
  DEMAND_STATUS_LABELS,
  GENDER_LABELS,
  REJECT_REASON_LABELS,
  type AdminDemandDetail,
} from '@jrpt/contracts';
import { TWO_COLUMNS } from '../../components/descriptions';
import { QueryError } from '../../components/query-error';
import { OverdueTag, RespondBy } from '../../components/response-clock';
import { DemandStatusTag } from '../../components/status-tag';
import { StatusTimeline } from '../../components/status-timeline';
import { dateTime, percent, wan } from '../../lib/format';
import type { StaffIdentity } from '../../providers/session';
import { DemandActions } from './actions';
import { DemandWhere, demandClock } from './where';

const money = (yuan: number | null) => (yuan === null ? '-' : `${wan(yuan)} 万元`);

export default function DemandShow() {
  const { data: staff } = useGetIdentity<StaffIdentity>();
  const { query, result: row } = useShow<AdminDemandDetail>({ resource: 'financing-demands' });
  return (
    <Show
      resource="financing-demands"
      isLoading={query.isLoading}
      title={
        <Space wrap>
          融资需求详情
          {row && <DemandStatusTag status={row.status} />}
          {row && <OverdueTag {...row} {...demandClock(row.status)} />}
        </Space>
      }
      headerButtons={() => (
        <Space wrap>
          {row && <DemandActions record={row} />}
          <ListButton resource="financing-demands" />
          <RefreshButton resource="financing-demands" />
        </Space>
      )}
    >
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {row && (
        <Row gutter={[24, 24]}>
          <Col xs={24} xl={16}>
            {row.status === 'review_failed' && (
              <Alert
                type="error"
                showIcon
                message="初审未通过"
                description={
                  <>
                    {row.reasonCode && <div>原因：{REJECT_REASON_LABELS[row.reasonCode]}</div>}
                    {row.note && <div style={{ whiteSpace: 'pre-wrap' }}>说明：{row.note}</div>}
                  </>
                }
                style={{ marginBottom: 16 }}
              />
            )}
            <Descriptions
              title="办理情况"
              styles={{ label: { whiteSpace: 'nowrap' } }}
              bordered
              column={TWO_COLUMNS}
              size="middle"
              style={{ marginBottom: 24 }}
              items={[
                { key: 'id', label: '需求编号', children: row.id },
                { key: 'createdAt', label: '发布时间', children: dateTime(row.createdAt) },
                { key: 'status', label: '状态', children: DEMAND_STATUS_LABELS[row.status] },
                {
                  key: 'where',
                  label: '去向',
                  children: <DemandWhere row={row} ownInstitutionId={staff?.institutionId ?? null} />,
                },
                {
                  key: 'expected',
                  label: '期望机构',
                  span: 2,
                  children: row.expectedInstitutions.length
                    ? row.expectedInstitutions.map((i) => (
                        <Tag key={i.id} color={i.declined ? 'default' : 'blue'}>
                          {i.name}
                          {i.declined && '（已退回）'}
                        </Tag>
                      ))
                    : '不限（需求池）',
                },
                {
                  key: 'respondBy',
                  label: '响应期限',
                  children: <RespondBy {...row} {...demandClock(row.status)} />,
                },
                { key: 'updatedAt', label: '更新时间', children: dateTime(row.updatedAt) },
                { key: 'product', label: '归属产品', children: row.productName ?? '-' },
                {
                  key: 'review',
                  label: '初审结果',
                  children: row.reviewResult ? DEMAND_REVIEW_RESULT_LABELS[row.reviewResult] : '-',
                },
                { key: 'credit', label: '授信金额', children: money(row.creditAmountYuan) },
                { key: 'disbursed', label: '放款金额', children: money(row.disbursedAmountYuan) },
                { key: 'note', label: '备注', span: 2, children: row.note ?? '-' },
              ]}
            />
            <Descriptions
              title="需求信息"
              styles={{ label: { whiteSpace: 'nowrap' } }}
              bordered
              column={TWO_COLUMNS}
              size="middle"
              items={[
                {
                  key: 'type',
                  label: '发布类型',
                  children: `${BORROWER_TYPE_LABELS[row.borrowerType]} · ${DEMAND_CHANNEL_LABELS[row.channel]}`,
                },
                { key: 'amount', label: '融资金额', children: money(row.amountYuan) },
                { key: 'term', label: '融资期限', children: `${row.termMonths} 个月` },
                { key: 'method', label: '融资方式', children: DEMAND_METHOD_LABELS[row.method] },
                {
                  key: 'rate',
                  label: '期望利率',
                  children: `${percent(row.rateMinBp)}% — ${percent(row.rateMaxBp)}%（年化）`,
                },
                { key: 'region', label: '所属区域', children: row.regionName },
                { key: 'purpose', label: '融资用途', span: 2, children: row.purpose },
                ...(row.enterpriseName
                  ? [{ key: 'enterprise', label: '企业名称', span: 2, children: row.enterpriseName }]
                  : []),
                { key: 'name', label: '真实姓名', children: row.contactName },
                { key: 'gender', label: '性别', children: GENDER_LABELS[row.gender] },
                { key: 'phone', label: '联系电话', children: row.contactPhone },
              ]}
            />
          </Col>
          <Col xs={24} xl={8}>
            <Card title="办理进度" size="small">
              <StatusTimeline events={row.timeline} statusLabels={DEMAND_STATUS_LABELS} />
            </Card>
          </Col>
        </Row>
      )}
    </Show>
  );
}
