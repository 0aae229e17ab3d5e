import { App, Button, Card, Flex, Form, Result, Steps } from 'antd';
import { useState } from 'react';
import { useNavigate, useOutletContext, useSearchParams } from 'react-router';
import { useSWRConfig } from 'swr';
import type {
  CurrentEnterpriseAuthorization,
  CurrentUser,
  DemandDetail,
  Institution,
  Paged,
  ProductRecommendation,
  Region,
} from '@jrpt/contracts';
import { ApiError, apiFetch, applyFieldErrors, errorMessage, useApi } from '@jrpt/portal-kit';
import { useAppPath, Page, LoadError, Loading } from '@jrpt/portal-kit/remote';
import { IDEMPOTENCY_HEADER, newIdempotencyKey } from '../../components/idempotency';
import { usePageCardSize } from '../../components/use-phone';
import { ConfirmStep } from './ConfirmStep';
import { DemandFields } from './DemandFields';
import {
  DEMAND_FORM_FIELDS,
  DEMAND_INSTITUTIONS_URL,
  initialDemandValues,
  isFirstLoanChannel,
  toDemandInput,
  type DemandFormValues,
} from './demand-form';
import { FirstLoanNotice, firstLoanRefusalOf } from './first-loan-notice';

type Step = 'form' | 'confirm' | 'done';
type Refusal = { reason: CurrentEnterpriseAuthorization['firstLoan']['reason']; message: string };

/**
 * 发布融资需求 (§2.7), or 发布首贷需求 (§2.10) with ?channel=first_loan: the form, then 确认提交 with the
 * 推荐产品, then 提交. One Idempotency-Key per form instance: a double submit makes one demand.
 */
export default function DemandFormPage() {
  const cardSize = usePageCardSize();
  const user = useOutletContext<CurrentUser>();
  const [params] = useSearchParams();
  const firstLoan = isFirstLoanChannel(params);
  const title = firstLoan ? '发布首贷需求' : '发布融资需求';
  const { message } = App.useApp();
  const navigate = useNavigate();
  const appPath = useAppPath();
  const { mutate } = useSWRConfig();
  const [form] = Form.useForm<DemandFormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [initialValues] = useState(() => initialDemandValues(user));
  const [step, setStep] = useState<Step>('form');
  const [values, setValues] = useState<DemandFormValues | null>(null);
  const [recommendations, setRecommendations] = useState<ProductRecommendation[]>([]);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [published, setPublished] = useState<DemandDetail | null>(null);

  const institutions = useApi<Paged<Institution>>(DEMAND_INSTITUTIONS_URL, { revalidateIfStale: false });
  const regions = useApi<Region[]>('/api/regions', { revalidateIfStale: false });
  const eligibility = useApi<CurrentEnterpriseAuthorization>(
    firstLoan ? '/api/enterprise-authorizations/current' : null,
  );

  const input = (v: DemandFormValues) => toDemandInput(v, { borrowerType: user.type, firstLoan });
  const top = () => window.scrollTo({ top: 0, behavior: 'smooth' });

  /** A 400 goes back to the form with the messages on the fields; a refused 首贷 shows what to do. */
  const handleError = (err: unknown) => {
    if (err instanceof ApiError && err.status === 403 && firstLoanRefusalOf(err.code)) {
      setRefusal({ reason: firstLoanRefusalOf(err.code), message: err.message });
      top();
      return;
    }
    if (applyFieldErrors(form, err, DEMAND_FORM_FIELDS)) {
      setStep('form');
      const first = Object.keys((err as ApiError).fields)[0];
      setTimeout(() => form.scrollToField(first.split('.')[0]), 0);
      return;
    }
    message.error(errorMessage(err));
  };

  const recommend = async (v: DemandFormValues) => {
    setSending(true);
    try {
      const found = await apiFetch<ProductRecommendation[]>('/api/financing-demands/recommendations', {
        method: 'POST',
        body: input(v),
      });
      setValues(v);
      setRecommendations(found);
      setStep('confirm');
      top();
    } catch (err) {
      handleError(err);
    } finally {
      setSending(false);
    }
  };

  const publish = async () => {
    if (!values) return;
    setSending(true);
    try {
      const demand = await apiFetch<DemandDetail>('/api/financing-demands', {
        method: 'POST',
        body: input(values),
        headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
      });
      void mutate((key) => typeof key === 'string' && key.startsWith('/api/financing-demands'));
      void mutate((key) => typeof key === 'string' && key.startsWith('/api/messages'));
      setPublished(demand);
      setStep('done');
      top();
    } catch (err) {
      handleError(err);
    } finally {
      setSending(false);
    }
  };

  const loadError = institutions.error ?? regions.error;
  if (loadError)
    return (
      <LoadError
        error={loadError}
        onRetry={() => {
          void institutions.mutate();
          void regions.mutate();
        }}
      />
    );
  if (!institutions.data || !regions.data) return <Loading rows={10} />;

  const precheck = eligibility.data?.firstLoan;
  const notice = refusal ? (
    <FirstLoanNotice reason={refusal.reason} message={refusal.message} type="error" />
  ) : precheck && !precheck.eligible ? (
    <FirstLoanNotice reason={precheck.reason} message={precheck.message ?? '不符合首贷条件'} />
  ) : null;

  return (
    <Page
      title={title}
      intro={
        firstLoan
          ? '首贷需求面向未在任何金融机构获得过贷款、并已完成企业授权的企业。'
          : '金融超市的产品不能满足您的需求时，发布融资需求，由金融机构与您对接。'
      }
    >
      <Card size={cardSize}>
        <Flex vertical gap={20}>
          <Steps
            size="small"
            current={step === 'form' ? 0 : step === 'confirm' ? 1 : 2}
            status={step === 'done' ? 'finish' : undefined}
            items={[{ title: '填写需求' }, { title: '确认提交' }, { title: '发布成功' }]}
            responsive={false}
          />
          {step === 'form' && notice}
          <div style={{ display: step === 'form' ? undefined : 'none' }}>
            <DemandFields
              form={form}
              borrowerType={user.type}
              institutions={institutions.data.items}
              regions={regions.data}
              initialValues={initialValues}
              sending={sending}
              onFinish={(v) => void recommend(v)}
            />
          </div>
          {step === 'done' && published && (
            <Result
              status="success"
              title={firstLoan ? '首贷需求已发布' : '融资需求已发布'}
              subTitle={
                published.pooled
                  ? '您的需求已进入需求池，金融机构可抢单受理，金融办也会派单跟进；处理进度会通知到消息中心。'
                  : `已发送给${published.expectedInstitutions.map((i) => i.name).join('、')}，处理进度会通知到消息中心。`
              }
              extra={
                <Flex gap={12} justify="center" wrap>
                  <Button type="primary" onClick={() => navigate(appPath('demands'))}>
                    查看需求记录
                  </Button>
                  <Button onClick={() => navigate(appPath(`demands/${published.id}`))}>查看需求详情</Button>
                </Flex>
              }
            />
          )}
          {step === 'confirm' && values && (
            <ConfirmStep
              values={values}
              borrowerType={user.type}
              institutions={institutions.data.items}
              regions={regions.data}
              recommendations={recommendations}
              sending={sending}
              notice={notice}
              onBack={() => {
                setStep('form');
                top();
              }}
              onSubmit={() => void publish()}
            />
          )}
        </Flex>
      </Card>
    </Page>
  );
}
