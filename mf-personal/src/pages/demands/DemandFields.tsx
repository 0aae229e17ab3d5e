import {
  AutoComplete,
  Button,
  Checkbox,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  type FormInstance,
} from 'antd';
import {
  BORROWER_TYPE_LABELS,
  BORROWER_TYPES,
  demandFieldErrors,
  DEMAND_METHOD_LABELS,
  DEMAND_METHODS,
  financingDemandInput,
  GENDER_LABELS,
  GENDERS,
  type BorrowerType,
  type Institution,
  type Region,
} from '@jrpt/contracts';
import { contractRule } from '../../components/rules';
import { usePhone } from '../../components/use-phone';
import {
  institutionIdsOf,
  nextInstitutionChoice,
  rateRangeError,
  UNLIMITED,
  type DemandFormValues,
  type InstitutionChoice,
} from './demand-form';

const field = financingDemandInput.shape;
// On a phone both rates and the dash fit one line, and an error message wraps under its own box.
const RATE_WIDTH_PHONE = 120;
const PURPOSES = ['经营性融资', '生产设备购置', '原材料采购', '农业生产', '个人消费', '其他'];

const institutionsRule = {
  validator: async (_r: unknown, value: InstitutionChoice[] | undefined) => {
    if (!value || value.length === 0) throw new Error('请选择期望机构：不限或一家及以上机构');
    await contractRule(field.institutionIds).validator(_r, institutionIdsOf(value));
  },
};

/**
 * The §2.7 form: 融资金额 … 期望机构, then 联系方式. 企业/个人 shows the account's type; 企业名称 is
 * asked of enterprise accounts only.
 */
export function DemandFields({
  form,
  borrowerType,
  institutions,
  regions,
  initialValues,
  sending,
  onFinish,
}: {
  form: FormInstance<DemandFormValues>;
  borrowerType: BorrowerType;
  institutions: Institution[];
  regions: Region[];
  initialValues: DemandFormValues;
  sending: boolean;
  onFinish: (values: DemandFormValues) => void;
}) {
  const phone = usePhone();
  const enterprise = borrowerType === 'enterprise';
  return (
    <Form<DemandFormValues>
      form={form}
      layout={phone ? 'vertical' : 'horizontal'}
      labelCol={phone ? undefined : { flex: '112px' }}
      labelWrap
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError
      aria-label="发布需求"
    >
      <Form.Item label="发布类型" required extra="按您的账号类型发布">
        <Radio.Group
          value={borrowerType}
          disabled
          options={BORROWER_TYPES.map((t) => ({ value: t, label: BORROWER_TYPE_LABELS[t] }))}
        />
      </Form.Item>
      <Form.Item
        label="融资金额"
        name="amountWan"
        required
        rules={[contractRule(field.amountWan, '请填写融资金额')]}
      >
        <InputNumber
          min={0}
          addonAfter="万"
          placeholder="请输入融资金额"
          style={{ width: '100%', maxWidth: 260 }}
        />
      </Form.Item>
      <Form.Item
        label="融资期限"
        name="termMonths"
        required
        rules={[contractRule(field.termMonths, '请填写融资期限')]}
      >
        <InputNumber
          min={1}
          precision={0}
          addonAfter="月"
          placeholder="请输入融资期限"
          style={{ width: '100%', maxWidth: 260 }}
        />
      </Form.Item>
      <Form.Item label="融资用途" name="purpose" required rules={[contractRule(field.purpose)]}>
        <AutoComplete
          options={PURPOSES.map((p) => ({ value: p }))}
          filterOption={(input, option) => Boolean(option?.value.includes(input.trim()))}
          placeholder="请选择或输入融资用途"
          style={{ maxWidth: 360 }}
        />
      </Form.Item>
      <Form.Item
        label="融资方式"
        name="method"
        required
        rules={[contractRule(field.method, '请选择融资方式')]}
      >
        <Radio.Group options={DEMAND_METHODS.map((m) => ({ value: m, label: DEMAND_METHOD_LABELS[m] }))} />
      </Form.Item>
      <Form.Item label={phone ? '期望利率（年化）' : '期望利率'} required style={{ marginBottom: 0 }}>
        <Flex gap={8} align="start" wrap>
          <Form.Item
            name="rateMinPercent"
            style={phone ? { width: RATE_WIDTH_PHONE } : undefined}
            rules={[contractRule(field.rateMinPercent, '请填写期望利率的最低值')]}
          >
            <InputNumber
              min={0}
              max={36}
              step={0.1}
              addonAfter="%"
              placeholder="0.00"
              aria-label="期望利率最低值"
              style={{ width: phone ? RATE_WIDTH_PHONE : 130 }}
            />
          </Form.Item>
          <span style={{ lineHeight: '32px' }}>—</span>
          <Form.Item
            name="rateMaxPercent"
            style={phone ? { width: RATE_WIDTH_PHONE } : undefined}
            dependencies={['rateMinPercent']}
            rules={[
              contractRule(field.rateMaxPercent, '请填写期望利率的最高值'),
              ({ getFieldValue }) => ({
                validator: async (_r, value: number | null) => {
                  const message = rateRangeError(getFieldValue('rateMinPercent'), value);
                  if (message) throw new Error(message);
                },
              }),
            ]}
          >
            <InputNumber
              min={0}
              max={36}
              step={0.1}
              addonAfter="%"
              placeholder="0.00"
              aria-label="期望利率最高值"
              style={{ width: phone ? RATE_WIDTH_PHONE : 130 }}
            />
          </Form.Item>
          {!phone && <span style={{ lineHeight: '32px' }}>（年化）</span>}
        </Flex>
      </Form.Item>
      <Form.Item
        label="期望机构"
        name="institutionIds"
        required
        rules={[institutionsRule]}
        extra="选择“不限”时，需求进入需求池，由金融机构抢单或金融办派单；指定机构时，这些机构会收到您的需求。"
        getValueFromEvent={(next: InstitutionChoice[]) =>
          nextInstitutionChoice(form.getFieldValue('institutionIds') ?? [], next)
        }
      >
        <Checkbox.Group style={{ display: 'flex', flexWrap: 'wrap', rowGap: 8 }}>
          <Checkbox value={UNLIMITED} style={{ minWidth: phone ? 140 : 190 }}>
            不限
          </Checkbox>
          {institutions.map((i) => (
            <Checkbox key={i.id} value={i.id} style={{ minWidth: phone ? 140 : 190 }}>
              {i.name}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>

      <Divider orientation="left" orientationMargin={0}>
        联系方式
      </Divider>
      <Form.Item
        label="所属区域"
        name="regionId"
        required
        rules={[contractRule(field.regionId, '请选择所属区域')]}
      >
        <Select
          placeholder="请选择所属区域"
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          style={{ maxWidth: 260 }}
        />
      </Form.Item>
      <Form.Item label="真实姓名" name="contactName" required rules={[contractRule(field.contactName)]}>
        <Input placeholder="请输入真实姓名" autoComplete="name" style={{ maxWidth: 260 }} />
      </Form.Item>
      <Form.Item label="性别" name="gender" required rules={[contractRule(field.gender, '请选择性别')]}>
        <Radio.Group options={GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }))} />
      </Form.Item>
      <Form.Item label="联系电话" name="contactPhone" required rules={[contractRule(field.contactPhone)]}>
        <Input placeholder="请输入联系电话" inputMode="tel" autoComplete="tel" style={{ maxWidth: 260 }} />
      </Form.Item>
      {enterprise && (
        <Form.Item
          label="企业名称"
          name="enterpriseName"
          required
          rules={[
            contractRule(field.enterpriseName),
            {
              validator: async (_r, value: string | undefined) => {
                const message = demandFieldErrors({ enterpriseName: value }, borrowerType).enterpriseName;
                if (message) throw new Error(message);
              },
            },
          ]}
        >
          <Input placeholder="请输入企业名称" style={{ maxWidth: 420 }} />
        </Form.Item>
      )}
      <Form.Item label={phone ? undefined : ' '} colon={false}>
        <Flex gap={12}>
          <Button type="primary" htmlType="submit" loading={sending}>
            提交
          </Button>
          <Button htmlType="button" onClick={() => form.resetFields()} disabled={sending}>
            重置
          </Button>
        </Flex>
      </Form.Item>
    </Form>
  );
}
