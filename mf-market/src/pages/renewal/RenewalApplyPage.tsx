import { Breadcrumb, Button, Card, DatePicker, Form, Grid, InputNumber, Result, Select } from 'antd';
import { Link } from 'react-router';
import {
  LOAN_METHOD_LABELS,
  LOAN_METHODS,
  renewalApplicationInput,
  type CurrentUser,
  type RenewalApplicationDetail,
} from '@jrpt/contracts';
import { dateTime, money, usePageTitle, zodRule } from '@jrpt/portal-kit';
import { useAppPath } from '@jrpt/portal-kit/remote';
import { AgreementField } from '../../components/agreement-consent';
import { initialContact, isBeforeDay } from '../../components/enterprise-contact';
import { CONTACT_FIELDS, EnterpriseContactFields } from '../../components/enterprise-contact-fields';
import { underInputs } from '../../components/form-layout';
import { InstitutionSelect } from '../../components/institution-select';
import { RequireLogin } from '../../components/require-login';
import { APPLICATIONS_HREF, SubmitError } from '../../components/submit-error';
import { todayInShanghai } from '../../components/today';
import { useCreate } from '../../components/use-create';
import { toRenewalRequest, type RenewalFormValues, type RenewalRequest } from './renewal-request';

const field = renewalApplicationInput.shape;
const FIELDS = [
  'amountWan',
  'termMonths',
  'maturityDate',
  'method',
  'ratePercent',
  'institutionId',
  ...CONTACT_FIELDS,
];
const required = (message: string) => ({ required: true, message });

function RenewalForm({ user }: { user: CurrentUser }) {
  const [form] = Form.useForm<RenewalFormValues>();
  const { submit, sending, error, created } = useCreate<RenewalRequest, RenewalApplicationDetail>(
    '/api/renewal-applications',
    form,
    FIELDS,
  );
  const narrow = Grid.useBreakpoint().md === false;
  const appPath = useAppPath();
  const today = todayInShanghai();

  if (created)
    return (
      <Result
        status="success"
        title="续贷申请已提交"
        subTitle={
          <>
            已向{created.institutionName}提交续贷申请，贷款金额 {money(created.amountYuan)}，到期日{' '}
            {created.maturityDate}。
            {created.respondBy && <>金融机构将于 {dateTime(created.respondBy)} 前受理或答复，</>}
            办理进度可在申请记录中查看，状态变化会通知到消息中心。
          </>
        }
        extra={[
          <Button key="records" type="primary" href={APPLICATIONS_HREF}>
            查看申请记录
          </Button>,
          <Link key="back" to={appPath('renewal')}>
            <Button>返回续贷中心</Button>
          </Link>,
        ]}
      />
    );

  return (
    <Form<RenewalFormValues>
      form={form}
      layout={narrow ? 'vertical' : 'horizontal'}
      labelCol={narrow ? undefined : { flex: '156px' }}
      labelWrap
      initialValues={initialContact(user)}
      onFinish={(values) => void submit(toRenewalRequest(values))}
      scrollToFirstError
      disabled={sending}
      aria-label="提交续贷申请"
      style={{ maxWidth: 720 }}
    >
      <Form.Item
        label="贷款金额"
        name="amountWan"
        required
        validateFirst
        rules={[required('请填写贷款金额'), zodRule(field.amountWan)]}
      >
        <InputNumber addonAfter="万" min={0} placeholder="到期贷款的金额" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="贷款期限"
        name="termMonths"
        required
        validateFirst
        rules={[required('请填写贷款期限'), zodRule(field.termMonths)]}
      >
        <InputNumber
          addonAfter="月"
          min={1}
          precision={0}
          placeholder="申请续贷的期限"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        label="到期日"
        name="maturityDate"
        required
        rules={[required('请选择到期日')]}
        extra="原贷款的到期日；已过期的贷款不能续贷"
      >
        <DatePicker
          style={{ width: '100%' }}
          placeholder="请选择到期日"
          disabledDate={(d) => isBeforeDay(d.format('YYYY-MM-DD'), today)}
          inputReadOnly={narrow}
        />
      </Form.Item>
      <Form.Item
        label="融资方式"
        name="method"
        required
        validateFirst
        rules={[required('请选择融资方式'), zodRule(field.method)]}
      >
        <Select
          placeholder="请选择融资方式"
          options={LOAN_METHODS.map((m) => ({ value: m, label: LOAN_METHOD_LABELS[m] }))}
        />
      </Form.Item>
      <Form.Item
        label="贷款利率"
        name="ratePercent"
        required
        validateFirst
        rules={[required('请填写贷款利率'), zodRule(field.ratePercent)]}
      >
        <InputNumber addonAfter="%" min={0} step={0.01} placeholder="年化利率" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="贷款机构"
        name="institutionId"
        required
        rules={[required('请选择贷款机构')]}
        extra="续贷申请将发送给该机构"
      >
        <InstitutionSelect />
      </Form.Item>
      <EnterpriseContactFields />
      <AgreementField narrow={narrow} />
      {error !== null && (
        <Form.Item {...underInputs(narrow)}>
          <SubmitError error={error} />
        </Form.Item>
      )}
      <Form.Item style={{ marginBottom: 0 }} {...underInputs(narrow)}>
        <Button type="primary" htmlType="submit" loading={sending} disabled={sending} block={narrow}>
          提交
        </Button>
      </Form.Item>
    </Form>
  );
}

/** 提交续贷申请 (§2.11): every field of the manual, for a logged-in borrower. */
export default function RenewalApplyPage() {
  usePageTitle('提交续贷申请');
  const appPath = useAppPath();
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Breadcrumb
        items={[{ title: <Link to={appPath('renewal')}>续贷中心</Link> }, { title: '提交续贷申请' }]}
      />
      <RequireLogin what="提交续贷申请">
        {(user) => (
          <Card title="提交续贷申请">
            <RenewalForm user={user} />
          </Card>
        )}
      </RequireLogin>
    </div>
  );
}
