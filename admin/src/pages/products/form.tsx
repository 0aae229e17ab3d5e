/**
 * The product form of create and edit, in the units people use (万元, %, 月): productInput takes exactly
 * these, and the API converts them to yuan and basis points with the contracts' units.
 */
import { useSelect } from '@refinedev/antd';
import { Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Switch, type FormProps } from 'antd';
import {
  LOAN_METHOD_LABELS,
  PRODUCT_CATEGORY_LABELS,
  bpToPercent,
  productInput,
  yuanToWan,
  type AdminInstitution,
  type AdminProduct,
  type ProductUpdate,
  type Region,
} from '@jrpt/contracts';
import { zodRules } from '../../components/zod-rule';
import { labelOptions } from '../../lib/options';

const rules = zodRules(productInput);

/** A loaded product (yuan, bp, region objects) as form values (万, %, region ids). */
export function toProductForm(row: AdminProduct): ProductUpdate {
  const opt = (v: string | null) => v ?? undefined;
  return {
    institutionId: row.institutionId,
    name: row.name,
    category: row.category,
    minRatePercent: bpToPercent(row.minRateBp),
    maxAmountWan: yuanToWan(row.maxAmountYuan),
    maxTermMonths: row.maxTermMonths,
    methods: row.methods,
    tags: row.tags,
    features: opt(row.features),
    intro: opt(row.intro),
    repaymentMethod: opt(row.repaymentMethod),
    prepayment: opt(row.prepayment),
    ageRequirement: opt(row.ageRequirement),
    businessRequirement: opt(row.businessRequirement),
    workRequirement: opt(row.workRequirement),
    assetRequirement: opt(row.assetRequirement),
    incomeRequirement: opt(row.incomeRequirement),
    requiredMaterials: opt(row.requiredMaterials),
    firstLoan: row.firstLoan,
    regionIds: row.regions.map((r) => r.id),
    version: row.version,
  };
}

interface Props {
  formProps: FormProps;
  /** Office staff choose the institution; institution staff's products are always their own. */
  pickInstitution: boolean;
  disabled?: boolean;
  /** The product's institution when editing, so its name shows even when it is not among the first options. */
  currentInstitutionId?: number;
}

const half = { xs: 24, md: 12 } as const;
const third = { xs: 24, md: 8 } as const;
const quarter = { xs: 12, md: 6 } as const;

export function ProductForm({ formProps, pickInstitution, disabled, currentInstitutionId }: Props) {
  const { selectProps: institutionSelect } = useSelect<AdminInstitution>({
    resource: 'institutions',
    optionLabel: 'name',
    optionValue: 'id',
    pagination: { mode: 'server', pageSize: 50 },
    onSearch: (value) => [{ field: 'name', operator: 'contains', value }],
    defaultValue: currentInstitutionId,
    queryOptions: { enabled: pickInstitution },
    defaultValueQueryOptions: { enabled: pickInstitution && currentInstitutionId !== undefined },
  });
  const { selectProps: regionSelect } = useSelect<Region>({
    resource: 'regions',
    optionLabel: 'name',
    optionValue: 'id',
    pagination: { mode: 'off' },
  });

  return (
    <Form {...formProps} layout="vertical" scrollToFirstError disabled={disabled}>
      <Form.Item name="version" hidden>
        <Input />
      </Form.Item>
      <Card size="small" title="基本信息" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="name" label="产品名称" rules={rules.name}>
              <Input maxLength={50} placeholder="如：抗疫贷" />
            </Form.Item>
          </Col>
          <Col {...quarter}>
            <Form.Item name="category" label="类型" rules={rules.category}>
              <Select placeholder="请选择" options={labelOptions(PRODUCT_CATEGORY_LABELS)} />
            </Form.Item>
          </Col>
          <Col {...quarter}>
            <Form.Item
              name="firstLoan"
              label="首贷产品"
              valuePropName="checked"
              rules={rules.firstLoan}
              initialValue={false}
              tooltip="面向从未贷过款的企业，会在首贷中心展示"
            >
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
          {pickInstitution && (
            <Col {...half}>
              <Form.Item name="institutionId" label="所属机构" rules={rules.institutionId} required>
                <Select {...institutionSelect} placeholder="请选择所属机构" showSearch />
              </Form.Item>
            </Col>
          )}
          <Col {...half}>
            <Form.Item name="methods" label="融资方式" rules={rules.methods}>
              <Checkbox.Group options={labelOptions(LOAN_METHOD_LABELS)} />
            </Form.Item>
          </Col>
          {!pickInstitution && <Col {...half} />}
          <Col {...third}>
            <Form.Item name="minRatePercent" label="最低利率（年化）" rules={rules.minRatePercent}>
              <InputNumber
                min={0}
                max={36}
                step={0.05}
                precision={2}
                addonAfter="%"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="maxAmountWan" label="最高额度" rules={rules.maxAmountWan}>
              <InputNumber min={0} step={10} addonAfter="万元" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="maxTermMonths" label="最长期限" rules={rules.maxTermMonths}>
              <InputNumber min={1} max={360} precision={0} addonAfter="月" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="regionIds" label="适用地区" rules={rules.regionIds} extra="不选表示全市适用">
              <Select {...regionSelect} mode="multiple" allowClear placeholder="请选择适用地区" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="tags" label="标签" rules={rules.tags} extra="输入后按回车添加，最多10个">
              <Select
                mode="tags"
                placeholder="如：线上办理、随借随还"
                tokenSeparators={[',', '，']}
                open={false}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="features" label="产品特点" rules={rules.features}>
              <Input.TextArea rows={2} maxLength={200} showCount />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="intro" label="产品介绍" rules={rules.intro}>
              <Input.TextArea rows={5} maxLength={5000} showCount />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title="还款说明" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="repaymentMethod" label="还款方式" rules={rules.repaymentMethod}>
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="prepayment" label="提前还款" rules={rules.prepayment}>
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title="准入条件">
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="ageRequirement" label="年龄要求" rules={rules.ageRequirement}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="businessRequirement" label="经营要求" rules={rules.businessRequirement}>
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="workRequirement" label="工作要求" rules={rules.workRequirement}>
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="assetRequirement" label="资产要求" rules={rules.assetRequirement}>
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="incomeRequirement" label="收入要求" rules={rules.incomeRequirement}>
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="requiredMaterials" label="所需材料" rules={rules.requiredMaterials}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </Form>
  );
}
