import { Alert, Card, Col, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import {
  APPLICATION_KIND_LABELS,
  AWAITING_INSTITUTION_STATUSES,
  BORROWER_TYPE_LABELS,
  GENDER_LABELS,
  INSTITUTION_TYPE_LABELS,
  LOAN_CHANNEL_LABELS,
  LOAN_METHOD_LABELS,
  type BridgeApplicationDetail,
  type LoanApplicationDetail,
  type ProductSummary,
  type RenewalApplicationDetail,
} from '@jrpt/contracts';
import { dateTime, money, rate, useApi } from '@jrpt/portal-kit';
import { useAppPath, Page, LoadError, Loading } from '@jrpt/portal-kit/remote';
import { ShellLink } from '../../hosting';
import { DetailFields } from '../../components/detail-fields';
import { usePageCardSize } from '../../components/use-phone';
import { ProductBrief } from '../../components/product-brief';
import { StatusTimeline } from '../../components/status-timeline';
import { ApplicationStatusTag } from '../../components/status-tag';
import { WithdrawButton } from '../../components/withdraw-button';
import {
  amountText,
  applicationDetailUrl,
  applicationWithdrawUrl,
  isApplicationKind,
  productText,
  remarkText,
  termText,
} from './records';

type AnyDetail = LoanApplicationDetail | RenewalApplicationDetail | BridgeApplicationDetail;

const isLoan = (d: AnyDetail): d is LoanApplicationDetail => d.kind === 'loan';
const isRenewal = (d: AnyDetail): d is RenewalApplicationDetail => d.kind === 'renewal';
const isBridge = (d: AnyDetail): d is BridgeApplicationDetail => d.kind === 'bridge';

const yesNo = (v: boolean | null) => (v === null ? '-' : v ? '有' : '无');

/** One application of 申请记录: every field, the status timeline, 撤销, and other products after 未通过. */
export default function ApplicationDetailPage() {
  const cardSize = usePageCardSize();
  const { kind, id } = useParams();
  const appPath = useAppPath();
  const valid = isApplicationKind(kind) && /^\d+$/.test(id ?? '');
  const { data, error, mutate } = useApi<AnyDetail>(valid ? applicationDetailUrl(kind, id!) : null);
  const label = isApplicationKind(kind) ? APPLICATION_KIND_LABELS[kind] : '申请';
  const back = (
    <Link to={appPath(`applications${kind && kind !== 'loan' ? `?kind=${kind}` : ''}`)}>返回申请记录</Link>
  );

  if (!valid)
    return (
      <Page title="申请详情">
        <Alert type="warning" showIcon message="申请记录的地址不正确" action={back} />
      </Page>
    );
  if (error) return <LoadError error={error} onRetry={() => void mutate()} back={back} />;
  if (!data) return <Loading rows={10} />;

  return (
    <Page title={`${label}详情`} extra={back}>
      <Card
        size={cardSize}
        title={
          <Flex gap={8} align="center" wrap>
            <span>
              {data.institutionName} · {productText(data)}
            </span>
            <ApplicationStatusTag status={data.status} />
          </Flex>
        }
        extra={
          data.actions.includes('withdraw') && (
            <WithdrawButton
              url={applicationWithdrawUrl(data.kind, data.id)}
              version={data.version}
              what={label}
              size="middle"
              onDone={() => void mutate()}
            />
          )
        }
      >
        <Flex vertical gap={16}>
          <ResponseNotice detail={data} />
          <Fields detail={data} />
        </Flex>
      </Card>
      {data.status === 'rejected' && isLoan(data) && <Alternatives products={data.alternatives} />}
      <Card size={cardSize} title="办理进度">
        <StatusTimeline events={data.timeline} />
      </Card>
    </Page>
  );
}

/** While the institution has not answered: by when it must (the response clock). */
function ResponseNotice({ detail }: { detail: AnyDetail }) {
  if (!AWAITING_INSTITUTION_STATUSES.includes(detail.status) || !detail.respondBy) return null;
  return (
    <Alert
      type={detail.overdueAt ? 'warning' : 'info'}
      showIcon
      message={
        detail.overdueAt
          ? `${detail.institutionName}未在 ${dateTime(detail.respondBy)} 前响应，平台已提醒金融办跟进。`
          : `${detail.institutionName}将在 ${dateTime(detail.respondBy)} 前受理或答复您的申请。`
      }
    />
  );
}

function Fields({ detail: d }: { detail: AnyDetail }) {
  const items: { label: string; value: ReactNode }[] = [
    { label: '金融机构', value: d.institutionName },
    { label: '机构类型', value: INSTITUTION_TYPE_LABELS[d.institutionType] },
  ];
  if (isLoan(d)) {
    items.push(
      {
        label: '产品',
        value: d.productId ? (
          <ShellLink to={`/market/products/${d.productId}`}>{d.productName}</ShellLink>
        ) : (
          '-'
        ),
      },
      { label: '申请渠道', value: d.channel ? LOAN_CHANNEL_LABELS[d.channel] : '-' },
      { label: '产品最低利率', value: rate(d.productMinRateBp) },
      { label: '申请金额', value: amountText(d.amountYuan) },
      { label: '申请期限', value: termText(d) },
      { label: '贷款用途', value: d.purpose ?? '-' },
      { label: '申请人类型', value: BORROWER_TYPE_LABELS[d.applicantType] },
    );
    if (d.applicantType === 'enterprise')
      items.push(
        { label: '企业名称', value: d.enterpriseName ?? '-' },
        { label: '统一社会信用代码', value: d.uscc ?? '-' },
        { label: '联系人姓名', value: d.applicantName },
        { label: '联系人手机号', value: d.applicantPhone },
      );
    else
      items.push(
        { label: '申请人姓名', value: d.applicantName },
        { label: '申请人身份证号', value: d.idNumber ?? '-' },
        { label: '申请人手机号', value: d.applicantPhone },
      );
    items.push(
      { label: '年收入', value: money(d.annualIncomeYuan) },
      { label: '目前贷款总额', value: money(d.currentLoanTotalYuan) },
      { label: '当前有无被执行信息', value: yesNo(d.hasEnforcement) },
      { label: '近两年银行逾期情况', value: yesNo(d.hasOverdue) },
    );
  }
  if (isRenewal(d))
    items.push(
      { label: '贷款金额', value: amountText(d.amountYuan) },
      { label: '贷款期限', value: termText(d) },
      { label: '到期日', value: d.maturityDate },
      { label: '融资方式', value: LOAN_METHOD_LABELS[d.method] },
      { label: '贷款利率', value: rate(d.rateBp) },
    );
  if (isBridge(d))
    items.push(
      { label: '转贷金额', value: amountText(d.amountYuan) },
      { label: '原贷款到期日', value: d.maturityDate },
      { label: '使用天数', value: d.days === null ? '-' : `${d.days}天` },
    );
  if (isRenewal(d) || isBridge(d))
    items.push(
      { label: '所属区域', value: d.regionName },
      { label: '企业名称', value: d.enterpriseName },
      { label: '统一社会信用代码', value: d.uscc },
      { label: '真实姓名', value: d.realName },
      { label: '性别', value: GENDER_LABELS[d.gender] },
      { label: '联系电话', value: d.phone },
    );
  items.push(
    { label: '申请时间', value: dateTime(d.createdAt) },
    { label: '申请状态', value: <ApplicationStatusTag status={d.status} /> },
    { label: '授信金额', value: amountText(d.creditAmountYuan) },
    { label: '放款/融资金额', value: amountText(d.disbursedAmountYuan) },
    { label: '备注', value: remarkText(d) },
  );
  if (d.consent)
    items.push({
      label: '授权协议',
      value: `已同意${d.consent.agreementTitle}（第${d.consent.version}版，${dateTime(d.consent.acceptedAt)}）`,
    });

  return <DetailFields items={items} />;
}

/** After 未通过: other listed products that fit (the API ranks them), each opening its detail. */
function Alternatives({ products }: { products: ProductSummary[] }) {
  const cardSize = usePageCardSize();
  return (
    <Card size={cardSize} title="为您推荐其他适合的产品">
      {products.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          暂时没有其他匹配的产品，您可以 <ShellLink to="/market">去金融超市看看</ShellLink>{' '}
          或发布融资需求，由金融机构主动联系您。
        </Typography.Paragraph>
      ) : (
        <Row gutter={[12, 12]}>
          {products.map((p) => (
            <Col key={p.id} xs={24} sm={12} lg={8}>
              <ProductBrief product={p} />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
