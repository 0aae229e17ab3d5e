/** The institution form of create and edit: every rule is the contracts' institutionInput. */
import { useSelect } from '@refinedev/antd';
import { Col, Form, Input, Row, Select, type FormProps } from 'antd';
import { INSTITUTION_TYPE_LABELS, institutionInput, type Region } from '@jrpt/contracts';
import { zodRules } from '../../components/zod-rule';
import { labelOptions } from '../../lib/options';

const rules = zodRules(institutionInput);

export function InstitutionForm({ formProps }: { formProps: FormProps }) {
  const { selectProps: regionSelect } = useSelect<Region>({
    resource: 'regions',
    optionLabel: 'name',
    optionValue: 'id',
    pagination: { mode: 'off' },
  });

  return (
    <Form {...formProps} layout="vertical" scrollToFirstError>
      <Form.Item name="version" hidden>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label="机构名称" rules={rules.name}>
            <Input placeholder="如：甘肃银行股份有限公司天水分行" maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="shortName" label="机构简称" rules={rules.shortName}>
            <Input placeholder="如：甘肃银行" maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="type" label="机构类型" rules={rules.type}>
            <Select placeholder="请选择" options={labelOptions(INSTITUTION_TYPE_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="regionIds" label="服务区域" rules={rules.regionIds}>
            <Select {...regionSelect} mode="multiple" placeholder="请选择服务区域（可多选）" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="intro" label="机构简介" rules={rules.intro}>
            <Input.TextArea rows={5} maxLength={2000} showCount />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="address" label="地址" rules={rules.address}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="contactPhone" label="联系电话" rules={rules.contactPhone}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="website" label="网址" rules={rules.website}>
            <Input placeholder="https://" maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
