import { Button, Card, Flex, Form, Grid, Input, InputNumber, Select } from 'antd';
import { useEffect, useState } from 'react';
import {
  INSTITUTION_TYPE_LABELS,
  INSTITUTION_TYPES,
  LOAN_METHOD_LABELS,
  LOAN_METHODS,
  marketQuery,
  PRODUCT_CATEGORIES,
  PRODUCT_CATEGORY_LABELS,
  type Institution,
  type MarketQuery,
  type Paged,
  type Region,
} from '@jrpt/contracts';
import { useApi, zodRule } from '@jrpt/portal-kit';
import { optionalRule } from '../../components/rules';
import { ChipRow, optionsOf } from '../../components/chips';

/** The typed-in conditions, applied together with 查询. */
interface TypedFilters {
  name?: string;
  feature?: string;
  amountWan?: number | null;
  termMonths?: number | null;
  maxRate?: number | null;
}

const typedFrom = (f: MarketQuery): TypedFilters => ({
  name: f.name ?? '',
  feature: f.feature ?? '',
  amountWan: f.amountWan ?? null,
  termMonths: f.termMonths ?? null,
  maxRate: f.maxRate ?? null,
});

const field = marketQuery.shape;

/** 金融超市's conditions (§2.3): 机构类型, 产品名称, 银行, 标签, 特色, 类型, 融资方式, 金额, 期限, 地区, 利率. */
export function FilterPanel({
  filters,
  onChange,
}: {
  filters: MarketQuery;
  onChange: (patch: Partial<MarketQuery>) => void;
}) {
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [expanded, setExpanded] = useState(false);
  const [form] = Form.useForm<TypedFilters>();
  // The typed-in fields show what is applied, whatever changed the URL (查询, 重置, a chip, the back
  // button, a shared link); a value typed but not applied goes away.
  useEffect(() => {
    form.setFieldsValue(typedFrom(filters));
  }, [form, filters]);
  const regions = useApi<Region[]>('/api/regions');
  const tags = useApi<string[]>('/api/products/tags');
  const institutions = useApi<Paged<Institution>>('/api/institutions?pageSize=100');

  const apply = (values: TypedFilters) =>
    onChange({
      name: values.name?.trim() || undefined,
      feature: values.feature?.trim() || undefined,
      amountWan: values.amountWan ?? undefined,
      termMonths: values.termMonths ?? undefined,
      maxRate: values.maxRate ?? undefined,
    });

  const reset = () =>
    onChange({
      institutionType: undefined,
      name: undefined,
      institutionId: undefined,
      tag: undefined,
      feature: undefined,
      category: undefined,
      method: undefined,
      amountWan: undefined,
      termMonths: undefined,
      regionId: undefined,
      maxRate: undefined,
      firstLoan: undefined,
    });

  const institutionOptions = (institutions.data?.items ?? [])
    .filter((i) => !filters.institutionType || i.type === filters.institutionType)
    .map((i) => ({ value: i.id, label: i.name }));
  // A link from 金融机构 may name an institution that the first page of the directory does not hold.
  const selectedMissing =
    filters.institutionId !== undefined && !institutionOptions.some((o) => o.value === filters.institutionId);

  const chips = (
    <Flex vertical gap={10}>
      <ChipRow
        label="机构类型"
        value={filters.institutionType}
        options={optionsOf(INSTITUTION_TYPES, INSTITUTION_TYPE_LABELS)}
        onChange={(institutionType) => onChange({ institutionType })}
      />
      <ChipRow
        label="类型"
        value={filters.category}
        options={optionsOf(PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS)}
        onChange={(category) => onChange({ category })}
      />
      <ChipRow
        label="融资方式"
        value={filters.method}
        options={optionsOf(LOAN_METHODS, LOAN_METHOD_LABELS)}
        onChange={(method) => onChange({ method })}
      />
      {regions.data && regions.data.length > 0 && (
        <ChipRow
          label="地区"
          value={filters.regionId}
          options={regions.data.map((r) => ({ value: r.id, label: r.name }))}
          onChange={(regionId) => onChange({ regionId })}
        />
      )}
      {tags.data && tags.data.length > 0 && (
        <ChipRow
          label="标签"
          value={filters.tag}
          options={tags.data.map((t) => ({ value: t, label: t }))}
          onChange={(tag) => onChange({ tag })}
        />
      )}
    </Flex>
  );

  const typed = (
    <Form
      form={form}
      layout={narrow ? 'vertical' : 'inline'}
      onFinish={apply}
      style={{ rowGap: 12 }}
      initialValues={typedFrom(filters)}
    >
      <Form.Item label="产品名称" name="name" rules={[zodRule(field.name)]}>
        <Input placeholder="输入产品名称" allowClear style={{ width: narrow ? '100%' : 160 }} />
      </Form.Item>
      <Form.Item label="银行">
        <Select
          showSearch
          allowClear
          optionFilterProp="label"
          placeholder="全部机构"
          aria-label="银行"
          loading={institutions.isLoading}
          value={selectedMissing ? undefined : filters.institutionId}
          options={institutionOptions}
          onChange={(institutionId: number | undefined) => onChange({ institutionId })}
          style={{ width: narrow ? '100%' : 200 }}
        />
      </Form.Item>
      <Form.Item label="特色" name="feature" rules={[zodRule(field.feature)]}>
        <Input placeholder="如：随借随还" allowClear style={{ width: narrow ? '100%' : 140 }} />
      </Form.Item>
      <Form.Item label="金额" name="amountWan" rules={[optionalRule(field.amountWan)]}>
        <InputNumber
          placeholder="融资金额"
          addonAfter="万"
          min={0}
          style={{ width: narrow ? '100%' : 150 }}
        />
      </Form.Item>
      <Form.Item label="期限" name="termMonths" rules={[optionalRule(field.termMonths)]}>
        <InputNumber
          placeholder="融资期限"
          addonAfter="月"
          min={1}
          precision={0}
          style={{ width: narrow ? '100%' : 140 }}
        />
      </Form.Item>
      <Form.Item label="利率" name="maxRate" rules={[optionalRule(field.maxRate)]} tooltip="年化利率不高于">
        <InputNumber placeholder="不高于" addonAfter="%" min={0} style={{ width: narrow ? '100%' : 130 }} />
      </Form.Item>
      <Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button onClick={reset}>重置</Button>
        </Flex>
      </Form.Item>
    </Form>
  );

  if (narrow) {
    const active = countActive(filters);
    return (
      <Card size="small">
        <Flex vertical gap={12}>
          <Button block onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
            {expanded ? '收起筛选条件' : `筛选条件${active ? `（已选 ${active} 项）` : ''}`}
          </Button>
          {expanded && chips}
          {expanded && typed}
        </Flex>
      </Card>
    );
  }
  return (
    <Card size="small" styles={{ body: { padding: 16 } }}>
      <Flex vertical gap={16}>
        {chips}
        {typed}
      </Flex>
    </Card>
  );
}

/** How many conditions are set (shown on the phone's collapsed panel). */
export function countActive(f: Partial<MarketQuery>): number {
  const keys: (keyof MarketQuery)[] = [
    'institutionType',
    'name',
    'institutionId',
    'tag',
    'feature',
    'category',
    'method',
    'amountWan',
    'termMonths',
    'regionId',
    'maxRate',
    'firstLoan',
  ];
  return keys.filter((k) => f[k] !== undefined).length;
}
