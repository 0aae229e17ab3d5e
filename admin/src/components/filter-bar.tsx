/** The search form above a list: fields inline (stacked on a phone), 查询 and 重置. Filters run on the server. */
import type { ReactNode } from 'react';
import { Button, Form, Space, type FormProps } from 'antd';
import { SearchOutlined } from '@ant-design/icons';

interface Props<T> {
  formProps: FormProps<T>;
  children: ReactNode;
}

export function FilterBar<T>({ formProps, children }: Props<T>) {
  const [form] = Form.useForm<T>(formProps.form);
  return (
    <Form<T> {...formProps} form={form} layout="inline" style={{ marginBottom: 16, rowGap: 12 }}>
      {children}
      <Form.Item style={{ marginInlineEnd: 0 }}>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            查询
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              form.submit();
            }}
          >
            重置
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
