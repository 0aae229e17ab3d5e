import { Breadcrumb, Button, Card, DatePicker, Form, Grid, InputNumber, Result } from 'antd';
import { Link } from 'react-router';
import { bridgeApplicationInput, type BridgeApplicationDetail, type CurrentUser } from '@jrpt/contracts';
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
import { toBridgeRequest, type BridgeFormValues, type BridgeRequest } from './bridge-request';

const field = bridgeApplicationInput.shape;
const FIELDS = ['amountWan', 'institutionId', 'maturityDate', 'days', ...CONTACT_FIELDS];
const required = (message: string) => ({ required: true, message });

function BridgeForm({ user }: { user: CurrentUser }) {
  const [form] = Form.useForm<BridgeFormValues>();
  const { submit, sending, error, created } = useCreate<BridgeRequest, BridgeApplicationDetail>(
    '/api/bridge-applications',
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
        title="转贷申请已提交"
        subTitle={
          <>
            已提交转贷申请（原贷款机构：{created.institutionName}），转贷金额 {money(created.amountYuan)}
            ，使用 {created.days} 天。
            {created.respondBy && <>金融机构将于 {dateTime(created.respondBy)} 前受理或答复，</>}
            办理进度可在申请记录中查看，状态变化会通知到消息中心。
          </>
        }
        extra={[
          <Button key="records" type="primary" href={APPLICATIONS_HREF}>
            查看申请记录
          </Button>,
          <Link key="back" to={appPath('bridge')}>
            <Button>返回转贷业务</Button>
          </Link>,
        ]}
      />
    );

  return (
    <Form<BridgeFormValues>
      form={form}
      layout={narrow ? 'vertical' : 'horizontal'}
      labelCol={narrow ? undefined : { flex: '156px' }}
      labelWrap
      initialValues={initialContact(user)}
      onFinish={(values) => void submit(toBridgeRequest(values))}
      scrollToFirstError
      disabled={sending}
      aria-label="提交转贷申请"
      style={{ maxWidth: 720 }}
    >
      <Form.Item
        label="转贷金额"
        name="amountWan"
        required
        validateFirst
        rules={[required('请填写转贷金额'), zodRule(field.amountWan)]}
        extra="一般为到期贷款的本金"
      >
        <InputNumber addonAfter="万" min={0} placeholder="需要的过桥资金" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="原贷款机构"
        name="institutionId"
        required
        rules={[required('请选择原贷款机构')]}
        extra="到期贷款的发放机构，转贷申请将发送给该机构"
      >
        <InstitutionSelect />
      </Form.Item>
      <Form.Item label="原贷款到期日" name="maturityDate" required rules={[required('请选择原贷款到期日')]}>
        <DatePicker
          style={{ width: '100%' }}
          placeholder="请选择原贷款到期日"
          disabledDate={(d) => isBeforeDay(d.format('YYYY-MM-DD'), today)}
          inputReadOnly={narrow}
        />
      </Form.Item>
      <Form.Item
        label="使用天数"
        name="days"
        required
        validateFirst
        rules={[required('请填写使用天数'), zodRule(field.days)]}
        extra="转贷资金从归还到期贷款到银行续贷发放的天数，最长90天"
      >
        <InputNumber addonAfter="天" min={1} max={90} precision={0} style={{ width: '100%' }} />
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

/** 转贷（过桥）申请, by analogy with 续贷: for a logged-in borrower. */
export default function BridgeApplyPage() {
  usePageTitle('提交转贷申请');
  const appPath = useAppPath();
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Breadcrumb
        items={[{ title: <Link to={appPath('bridge')}>转贷业务</Link> }, { title: '提交转贷申请' }]}
      />
      <RequireLogin what="提交转贷申请">
        {(user) => (
          <Card title="提交转贷申请">
            <BridgeForm user={user} />
          </Card>
        )}
      </RequireLogin>
    </div>
  );
}
