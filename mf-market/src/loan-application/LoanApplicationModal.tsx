import { Button, Descriptions, Form, Grid, Input, InputNumber, Modal, Radio, Result } from 'antd';
import { useState } from 'react';
import {
  formatRate,
  LOAN_METHOD_LABELS,
  loanApplicationEnterprise,
  loanApplicationPersonal,
  type CurrentUser,
  type EnterpriseAuthorization,
  type LoanApplicationDetail,
  type LoanChannel,
  type ProductSummary,
} from '@jrpt/contracts';
import { dateTime, money, wan, zodRule } from '@jrpt/portal-kit';
import { AgreementField } from '../components/agreement-consent';
import { underInputs } from '../components/form-layout';
import { optionalRule } from '../components/rules';
import { APPLICATIONS_HREF, SubmitError } from '../components/submit-error';
import { useCreate } from '../components/use-create';
import {
  amountLimitError,
  initialLoanValues,
  termLimitError,
  toLoanApplicationRequest,
  type LoanApplicationRequest,
  type LoanFormValues,
} from './request';

const personal = loanApplicationPersonal.shape;
const enterprise = loanApplicationEnterprise.shape;

const FORM_FIELDS = [
  'amountWan',
  'termMonths',
  'purpose',
  'idNumber',
  'applicantName',
  'applicantPhone',
  'enterpriseName',
  'uscc',
  'contactName',
  'contactPhone',
  'annualIncomeWan',
  'currentLoanTotalWan',
  'hasEnforcement',
  'hasOverdue',
  'agreed',
] as const;

const YES_NO = [
  { label: '有', value: true },
  { label: '无', value: false },
];

const required = (label: string) => ({ required: true, message: `请填写${label}` });

function limitRule(check: (value: unknown) => string | null) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const message = check(value);
      if (message) throw new Error(message);
    },
  };
}

function LoanApplicationForm({
  product,
  user,
  channel,
  authorization,
  onDone,
  onCancel,
}: {
  product: ProductSummary;
  user: CurrentUser;
  channel: LoanChannel;
  authorization: EnterpriseAuthorization | null;
  onDone: (detail: LoanApplicationDetail) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<LoanFormValues>();
  const { submit, sending, error } = useCreate<LoanApplicationRequest, LoanApplicationDetail>(
    '/api/loan-applications',
    form,
    FORM_FIELDS,
  );
  const narrow = Grid.useBreakpoint().sm === false;
  const isPersonal = user.type === 'personal';
  const maxWan = wan(product.maxAmountYuan);

  const onFinish = async (values: LoanFormValues) => {
    const detail = await submit(toLoanApplicationRequest(user.type, product.id, channel, values));
    if (detail) onDone(detail);
  };

  return (
    <Form<LoanFormValues>
      form={form}
      layout={narrow ? 'vertical' : 'horizontal'}
      labelCol={narrow ? undefined : { flex: '156px' }}
      labelWrap
      initialValues={initialLoanValues(user, authorization)}
      onFinish={onFinish}
      scrollToFirstError
      disabled={sending}
      aria-label={isPersonal ? '个人申请贷款' : '企业申请贷款'}
    >
      <Form.Item
        label="申请金额"
        name="amountWan"
        required
        validateFirst
        rules={[
          required('申请金额'),
          zodRule(personal.amountWan),
          limitRule((v) => amountLimitError(product, v)),
        ]}
      >
        <InputNumber addonAfter="万" min={0} placeholder={`最高 ${maxWan} 万`} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="申请期限"
        name="termMonths"
        required
        validateFirst
        rules={[
          required('申请期限'),
          zodRule(personal.termMonths),
          limitRule((v) => termLimitError(product, v)),
        ]}
      >
        <InputNumber
          addonAfter="月"
          min={1}
          precision={0}
          placeholder={`最长 ${product.maxTermMonths} 个月`}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item label="贷款用途" name="purpose" required rules={[zodRule(personal.purpose)]}>
        <Input.TextArea rows={2} maxLength={200} showCount placeholder="如：采购原材料、日常经营周转" />
      </Form.Item>
      {isPersonal ? (
        <>
          <Form.Item label="申请人身份证号" name="idNumber" required rules={[zodRule(personal.idNumber)]}>
            <Input maxLength={18} autoComplete="off" placeholder="18位身份证号" />
          </Form.Item>
          <Form.Item
            label="申请人姓名"
            name="applicantName"
            required
            rules={[zodRule(personal.applicantName)]}
          >
            <Input maxLength={30} autoComplete="name" />
          </Form.Item>
          <Form.Item
            label="申请人手机号"
            name="applicantPhone"
            required
            rules={[zodRule(personal.applicantPhone)]}
          >
            <Input maxLength={11} inputMode="numeric" autoComplete="tel" />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item
            label="企业名称"
            name="enterpriseName"
            required
            rules={[zodRule(enterprise.enterpriseName)]}
          >
            <Input maxLength={100} autoComplete="organization" />
          </Form.Item>
          <Form.Item label="统一社会信用代码" name="uscc" required rules={[zodRule(enterprise.uscc)]}>
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item label="联系人姓名" name="contactName" required rules={[zodRule(enterprise.contactName)]}>
            <Input maxLength={30} autoComplete="name" />
          </Form.Item>
          <Form.Item
            label="联系人手机号"
            name="contactPhone"
            required
            rules={[zodRule(enterprise.contactPhone)]}
          >
            <Input maxLength={11} inputMode="numeric" autoComplete="tel" />
          </Form.Item>
        </>
      )}
      <Form.Item label="年收入" name="annualIncomeWan" rules={[optionalRule(personal.annualIncomeWan)]}>
        <InputNumber addonAfter="万" min={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="目前贷款总额"
        name="currentLoanTotalWan"
        rules={[optionalRule(personal.currentLoanTotalWan)]}
      >
        <InputNumber addonAfter="万" min={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="当前有无被执行信息" name="hasEnforcement">
        <Radio.Group options={YES_NO} aria-label="当前有无被执行信息" />
      </Form.Item>
      <Form.Item label="近两年银行逾期情况" name="hasOverdue">
        <Radio.Group options={YES_NO} aria-label="近两年银行逾期情况" />
      </Form.Item>
      <AgreementField narrow={narrow} />
      {error !== null && (
        <Form.Item {...underInputs(narrow)}>
          <SubmitError error={error} />
        </Form.Item>
      )}
      <Form.Item style={{ marginBottom: 0 }} {...underInputs(narrow)}>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', flexWrap: 'wrap' }}>
          <Button onClick={onCancel} disabled={false}>
            取消
          </Button>
          <Button type="primary" htmlType="submit" loading={sending} disabled={sending}>
            提交申请
          </Button>
        </div>
      </Form.Item>
    </Form>
  );
}

/** The record just made: what was applied for, when the institution must answer, where to follow it. */
function Submitted({ detail, onClose }: { detail: LoanApplicationDetail; onClose: () => void }) {
  return (
    <Result
      status="success"
      title="申请已提交"
      subTitle={
        <>
          您已向{detail.institutionName}申请“{detail.productName}”，申请金额 {money(detail.amountYuan)}，期限{' '}
          {detail.termMonths} 个月。
          {detail.respondBy && <>金融机构将于 {dateTime(detail.respondBy)} 前受理或答复，</>}
          办理进度可在申请记录中查看，状态变化会通知到消息中心。
        </>
      }
      extra={[
        <Button key="records" type="primary" href={APPLICATIONS_HREF}>
          查看申请记录
        </Button>,
        <Button key="close" onClick={onClose}>
          继续浏览产品
        </Button>,
      ]}
    />
  );
}

/**
 * 立即申请's form (§2.3) in a dialog: 个人申请贷款 or 企业申请贷款 by the account's type, then the result.
 * Each opening is a new form (and a new Idempotency-Key).
 */
export function LoanApplicationModal({
  open,
  product,
  user,
  authorization,
  onClose,
}: {
  open: boolean;
  product: ProductSummary;
  user: CurrentUser;
  authorization: EnterpriseAuthorization | null;
  onClose: () => void;
}) {
  const [done, setDone] = useState<LoanApplicationDetail | null>(null);
  const channel: LoanChannel = product.firstLoan ? 'first_loan' : 'market';
  const close = () => {
    onClose();
    setDone(null);
  };
  return (
    <Modal
      open={open}
      title={done ? null : `${user.type === 'personal' ? '个人' : '企业'}申请贷款 · ${product.name}`}
      onCancel={close}
      footer={null}
      width={720}
      destroyOnHidden
      maskClosable={false}
    >
      {done ? (
        <Submitted detail={done} onClose={close} />
      ) : (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 3 }}
            style={{ marginBottom: 16, background: '#fafafa', padding: '8px 12px', borderRadius: 8 }}
            items={[
              { key: 'rate', label: '最低利率', children: `年化 ${formatRate(product.minRateBp)}% 起` },
              { key: 'amount', label: '最高额度', children: `${wan(product.maxAmountYuan)} 万` },
              { key: 'term', label: '最长期限', children: `${product.maxTermMonths} 月` },
              {
                key: 'methods',
                label: '融资方式',
                span: 'filled',
                children: product.methods.map((m) => LOAN_METHOD_LABELS[m]).join(' | ') || '—',
              },
            ]}
          />
          <LoanApplicationForm
            product={product}
            user={user}
            channel={channel}
            authorization={authorization}
            onDone={setDone}
            onCancel={close}
          />
        </>
      )}
    </Modal>
  );
}
