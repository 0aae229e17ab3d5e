/**
 * One application as the institution processing it (or the office) sees it: every field the borrower
 * filled in (§2.3 personal or enterprise, §2.11 续贷, 转贷), phones and ID numbers as the API gives them,
 * the response clock, the consent, the status timeline and the action buttons.
 */
import type { ReactNode } from 'react';
import { useShow } from '@refinedev/core';
import { ListButton, RefreshButton, Show } from '@refinedev/antd';
import { Alert, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import {
  APPLICATION_STATUS_LABELS,
  BORROWER_TYPE_LABELS,
  GENDER_LABELS,
  INSTITUTION_TYPE_LABELS,
  LOAN_CHANNEL_LABELS,
  LOAN_METHOD_LABELS,
  REJECT_REASON_LABELS,
  type ApplicationKind,
  type BridgeApplicationDetail,
  type LoanApplicationDetail,
  type RenewalApplicationDetail,
} from '@jrpt/contracts';
import { TWO_COLUMNS } from '../../components/descriptions';
import { QueryError } from '../../components/query-error';
import { OverdueTag, RespondBy } from '../../components/response-clock';
import { ApplicationStatusTag } from '../../components/status-tag';
import { StatusTimeline } from '../../components/status-timeline';
import { dateTime, percent, wan } from '../../lib/format';
import { KINDS, applicationClock } from './kinds';
import { ApplicationTransitions } from './transitions';

type Detail = LoanApplicationDetail | RenewalApplicationDetail | BridgeApplicationDetail;

const yesNo = (v: boolean | null) => (v === null ? '未填写' : v ? '有' : '无');
const money = (yuan: number | null) => (yuan === null ? '-' : `${wan(yuan)} 万元`);

function LoanFields({ row }: { row: LoanApplicationDetail }) {
  const personal = row.applicantType === 'personal';
  const items: { label: string; children: ReactNode; span?: number }[] = [
    { label: '申请类型', children: BORROWER_TYPE_LABELS[row.applicantType] },
    ...(personal
      ? [
          { label: '申请人姓名', children: row.applicantName },
          { label: '申请人身份证号', children: row.idNumber ?? '-' },
          { label: '申请人手机号', children: row.applicantPhone },
        ]
      : [
          { label: '企业名称', children: row.enterpriseName ?? '-' },
          { label: '统一社会信用代码', children: row.uscc ?? '-' },
          { label: '联系人姓名', children: row.applicantName },
          { label: '联系人手机号', children: row.applicantPhone },
        ]),
    { label: '申请产品', children: row.productName ?? '-' },
    { label: '申请渠道', children: row.channel ? LOAN_CHANNEL_LABELS[row.channel] : '-' },
    {
      label: '产品最低利率',
      children: row.productMinRateBp === null ? '-' : `${percent(row.productMinRateBp)}%`,
    },
    { label: '申请金额', children: money(row.amountYuan) },
    { label: '申请期限', children: row.termMonths === null ? '-' : `${row.termMonths} 个月` },
    { label: '贷款用途', children: row.purpose ?? '-', span: 2 },
    { label: '年收入', children: money(row.annualIncomeYuan) },
    { label: '目前贷款总额', children: money(row.currentLoanTotalYuan) },
    { label: '当前有无被执行信息', children: yesNo(row.hasEnforcement) },
    { label: '近两年银行逾期情况', children: yesNo(row.hasOverdue) },
  ];
  return <FieldList title="申请信息" items={items} />;
}

function RenewalOrBridgeFields({
  row,
  kind,
}: {
  row: RenewalApplicationDetail | BridgeApplicationDetail;
  kind: ApplicationKind;
}) {
  const renewal = kind === 'renewal' && 'rateBp' in row;
  const items: { label: string; children: ReactNode; span?: number }[] = [
    { label: '企业名称', children: row.enterpriseName },
    { label: '统一社会信用代码', children: row.uscc },
    { label: '真实姓名', children: row.realName },
    { label: '性别', children: GENDER_LABELS[row.gender] },
    { label: '联系电话', children: row.phone },
    { label: '所属区域', children: row.regionName },
    ...(renewal
      ? [
          { label: '贷款金额', children: money(row.amountYuan) },
          { label: '贷款期限', children: row.termMonths === null ? '-' : `${row.termMonths} 个月` },
          { label: '到期日', children: row.maturityDate },
          { label: '融资方式', children: LOAN_METHOD_LABELS[row.method] },
          { label: '贷款利率', children: `${percent(row.rateBp)}%` },
        ]
      : [
          { label: '转贷金额', children: money(row.amountYuan) },
          { label: '原贷款到期日', children: row.maturityDate },
          { label: '使用天数', children: row.days === null ? '-' : `${row.days} 天` },
        ]),
    { label: renewal ? '贷款机构' : '原贷款机构', children: row.institutionName },
  ];
  return <FieldList title="申请信息" items={items} />;
}

function FieldList({
  title,
  items,
}: {
  title: string;
  items: { label: string; children: ReactNode; span?: number }[];
}) {
  return (
    <Descriptions
      title={title}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      bordered
      column={TWO_COLUMNS}
      size="middle"
      items={items.map((item, i) => ({ key: i, ...item }))}
    />
  );
}

export default function ApplicationShow({ kind }: { kind: ApplicationKind }) {
  const { resource, label } = KINDS[kind];
  const { query, result: row } = useShow<Detail>({ resource });
  return (
    <Show
      resource={resource}
      isLoading={query.isLoading}
      title={
        <Space wrap>
          {`${label}详情`}
          {row && <ApplicationStatusTag status={row.status} />}
          {row && <OverdueTag {...row} {...applicationClock(row.status)} />}
        </Space>
      }
      headerButtons={() => (
        <Space wrap>
          {row && <ApplicationTransitions resource={resource} record={row} />}
          <ListButton resource={resource} />
          <RefreshButton resource={resource} />
        </Space>
      )}
    >
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {row && (
        <Row gutter={[24, 24]}>
          <Col xs={24} xl={16}>
            {row.status === 'rejected' && (
              <Alert
                type="error"
                showIcon
                message="未通过"
                description={
                  <>
                    {row.rejectReasonCode && <div>原因：{REJECT_REASON_LABELS[row.rejectReasonCode]}</div>}
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
                { key: 'id', label: '申请编号', children: row.id },
                { key: 'createdAt', label: '申请时间', children: dateTime(row.createdAt) },
                {
                  key: 'institution',
                  label: '金融机构',
                  children: `${row.institutionName}（${INSTITUTION_TYPE_LABELS[row.institutionType]}）`,
                },
                { key: 'status', label: '申请状态', children: APPLICATION_STATUS_LABELS[row.status] },
                {
                  key: 'respondBy',
                  label: '响应期限',
                  children: <RespondBy {...row} {...applicationClock(row.status)} />,
                },
                { key: 'updatedAt', label: '更新时间', children: dateTime(row.updatedAt) },
                { key: 'credit', label: '授信金额', children: money(row.creditAmountYuan) },
                { key: 'disbursed', label: '放款金额', children: money(row.disbursedAmountYuan) },
                { key: 'note', label: '备注', span: 2, children: row.note ?? '-' },
              ]}
            />
            {'applicantType' in row ? (
              <LoanFields row={row} />
            ) : (
              <RenewalOrBridgeFields row={row} kind={kind} />
            )}
            <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
              {row.consent
                ? `申请人已于 ${dateTime(row.consent.acceptedAt)} 同意《${row.consent.agreementTitle}》（第 ${row.consent.version} 版）。`
                : '没有记录申请人的授权同意。'}
              {row.contactMasked && ' 联系方式已脱敏显示。'}
            </Typography.Paragraph>
          </Col>
          <Col xs={24} xl={8}>
            <Card title="办理进度" size="small">
              <StatusTimeline events={row.timeline} statusLabels={APPLICATION_STATUS_LABELS} />
            </Card>
          </Col>
        </Row>
      )}
    </Show>
  );
}
