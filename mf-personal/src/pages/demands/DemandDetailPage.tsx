import { Alert, Card, Flex } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import {
  DEMAND_CHANNEL_LABELS,
  DEMAND_METHOD_LABELS,
  GENDER_LABELS,
  REJECT_REASON_LABELS,
  type DemandDetail,
} from '@jrpt/contracts';
import { dateTime, money, useApi } from '@jrpt/portal-kit';
import { useAppPath, Page, LoadError, Loading } from '@jrpt/portal-kit/remote';
import { ShellLink } from '../../hosting';
import { DetailFields } from '../../components/detail-fields';
import { usePageCardSize } from '../../components/use-phone';
import { StatusTimeline } from '../../components/status-timeline';
import { DemandStatusTag } from '../../components/status-tag';
import { WithdrawButton } from '../../components/withdraw-button';
import { demandDetailUrl, demandWithdrawUrl, publishTypeText, rateRangeText, reviewColumn } from './records';

/** One demand of 需求记录: the form as published, who handles it, the timeline; 撤销 while 待处理. */
export default function DemandDetailPage() {
  const cardSize = usePageCardSize();
  const { id } = useParams();
  const appPath = useAppPath();
  const valid = /^\d+$/.test(id ?? '');
  const { data, error, mutate } = useApi<DemandDetail>(valid ? demandDetailUrl(id!) : null);
  const back = <Link to={appPath('demands')}>返回需求记录</Link>;

  if (!valid)
    return (
      <Page title="需求详情">
        <Alert type="warning" showIcon message="需求记录的地址不正确" action={back} />
      </Page>
    );
  if (error) return <LoadError error={error} onRetry={() => void mutate()} back={back} />;
  if (!data) return <Loading rows={10} />;

  return (
    <Page title={`${DEMAND_CHANNEL_LABELS[data.channel]}详情`} extra={back}>
      <Card
        size={cardSize}
        title={
          <Flex gap={8} align="center" wrap>
            <span>
              {money(data.amountYuan)} · {data.termMonths}个月 · {data.purpose}
            </span>
            <DemandStatusTag status={data.status} />
          </Flex>
        }
        extra={
          data.actions.includes('withdraw') && (
            <WithdrawButton
              url={demandWithdrawUrl(data.id)}
              version={data.version}
              what="融资需求"
              size="middle"
              onDone={() => void mutate()}
            />
          )
        }
      >
        <Flex vertical gap={16}>
          <Progress detail={data} />
          <Fields detail={data} />
        </Flex>
      </Card>
      <Card size={cardSize} title="办理进度">
        <StatusTimeline events={data.timeline} />
      </Card>
    </Page>
  );
}

/** Where a pending demand stands: in the pool, or with the institutions that must answer by a date. */
function Progress({ detail: d }: { detail: DemandDetail }) {
  if (d.status !== 'pending') return null;
  if (d.pooled)
    return <Alert type="info" showIcon message="您的需求已进入需求池，等待金融机构抢单或由金融办派单。" />;
  const who = d.institutionName ?? (d.expectedInstitutions.map((i) => i.name).join('、') || '金融机构');
  if (!d.respondBy) return <Alert type="info" showIcon message={`已发送给${who}，等待受理。`} />;
  return (
    <Alert
      type={d.overdueAt ? 'warning' : 'info'}
      showIcon
      message={
        d.overdueAt
          ? `${who}未在 ${dateTime(d.respondBy)} 前响应，平台已提醒金融办跟进。`
          : `已发送给${who}，将在 ${dateTime(d.respondBy)} 前受理或答复。`
      }
    />
  );
}

function Fields({ detail: d }: { detail: DemandDetail }) {
  const note = d.reasonCode
    ? `${REJECT_REASON_LABELS[d.reasonCode]}${d.note ? `：${d.note}` : ''}`
    : (d.note ?? '-');
  const items: { label: string; value: ReactNode }[] = [
    { label: '发布类型', value: publishTypeText(d) },
    { label: '融资金额', value: money(d.amountYuan) },
    { label: '融资期限', value: `${d.termMonths}个月` },
    { label: '融资用途', value: d.purpose },
    { label: '融资方式', value: DEMAND_METHOD_LABELS[d.method] },
    { label: '期望利率', value: rateRangeText(d.rateMinBp, d.rateMaxBp) },
    {
      label: '期望机构',
      value: d.expectedInstitutions.length ? d.expectedInstitutions.map((i) => i.name).join('、') : '不限',
    },
    { label: '所属区域', value: d.regionName },
    { label: '真实姓名', value: d.contactName },
    { label: '性别', value: GENDER_LABELS[d.gender] },
    { label: '联系电话', value: d.contactPhone },
  ];
  if (d.enterpriseName) items.push({ label: '企业名称', value: d.enterpriseName });
  items.push(
    { label: '发布时间', value: dateTime(d.createdAt) },
    { label: '状态', value: <DemandStatusTag status={d.status} /> },
    { label: '受理机构', value: d.institutionName ?? '--' },
    {
      label: '归属产品',
      value: d.productId ? (
        <ShellLink to={`/market/products/${d.productId}`}>{d.productName}</ShellLink>
      ) : (
        '--'
      ),
    },
    { label: '初审结果', value: reviewColumn(d) },
    { label: '授信金额', value: money(d.creditAmountYuan) },
    { label: '放款金额', value: money(d.disbursedAmountYuan) },
    { label: '备注', value: note },
  );
  return <DetailFields items={items} />;
}
