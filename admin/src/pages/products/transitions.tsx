/**
 * The state-machine buttons of one product: exactly the actions the API listed for this caller and status
 * (`row.actions`, from the contracts' PRODUCT_TRANSITIONS). 退回修改 asks for a reason; a 409 shows the API's message.
 */
import { useState } from 'react';
import { useCustomMutation, useInvalidate, type HttpError } from '@refinedev/core';
import { App, Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import {
  PRODUCT_ACTION_LABELS,
  PRODUCT_TRANSITIONS,
  productTransitionRequest,
  type AdminProductRow,
  type ProductAction,
  type ProductTransitionRequest,
} from '@jrpt/contracts';
import { zodRule } from '../../components/zod-rule';

type Row = Pick<AdminProductRow, 'id' | 'name' | 'status' | 'actions' | 'version'>;

const PRIMARY: ReadonlySet<ProductAction> = new Set(['submit', 'approve', 'list']);
const DANGER: ReadonlySet<ProductAction> = new Set(['reject', 'delist']);

const needsReason = (action: ProductAction) =>
  PRODUCT_TRANSITIONS.some((t) => t.action === action && t.reasonRequired);

export function ProductTransitions({ product, size }: { product: Row; size?: 'small' | 'middle' }) {
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { mutate, mutation } = useCustomMutation<AdminProductRow, HttpError, ProductTransitionRequest>();
  const [running, setRunning] = useState<ProductAction | null>(null);
  const [reasonFor, setReasonFor] = useState<ProductAction | null>(null);
  const [reasonForm] = Form.useForm<{ reason: string }>();

  const run = (action: ProductAction, reason?: string) => {
    setRunning(action);
    mutate(
      {
        url: `/api/admin/products/${product.id}/transitions`,
        method: 'post',
        values: { action, reason, version: product.version },
        successNotification: false,
        errorNotification: (error) => ({
          type: 'error',
          message: `${PRODUCT_ACTION_LABELS[action]}失败`,
          description: error?.message ?? '请稍后重试',
        }),
      },
      {
        onSuccess: () => {
          void message.success(`「${product.name}」已${PRODUCT_ACTION_LABELS[action]}`);
          setReasonFor(null);
          reasonForm.resetFields();
        },
        onSettled: (_data, error) => {
          setRunning(null);
          // A 409 means someone else moved the product first: reload it so the buttons match its real status.
          if (!error || error.statusCode === 409) {
            void invalidate({ resource: 'products', invalidates: ['list', 'detail'], id: product.id });
          }
        },
      },
    );
  };

  if (product.actions.length === 0) return null;
  return (
    <Space wrap size="small">
      {product.actions.map((action) => {
        const label = PRODUCT_ACTION_LABELS[action];
        const button = (
          <Button
            key={action}
            size={size}
            type={PRIMARY.has(action) ? 'primary' : 'default'}
            danger={DANGER.has(action)}
            loading={running === action && mutation.isPending}
            disabled={running !== null && running !== action}
            onClick={needsReason(action) ? () => setReasonFor(action) : undefined}
          >
            {label}
          </Button>
        );
        if (needsReason(action)) return button;
        return (
          <Popconfirm
            key={action}
            title={`确定${label}「${product.name}」吗？`}
            okText="确定"
            cancelText="取消"
            onConfirm={() => run(action)}
          >
            {button}
          </Popconfirm>
        );
      })}
      <Modal
        open={reasonFor !== null}
        title={reasonFor ? `${PRODUCT_ACTION_LABELS[reasonFor]}：${product.name}` : ''}
        okText="确定"
        cancelText="取消"
        confirmLoading={mutation.isPending}
        onCancel={() => setReasonFor(null)}
        onOk={() => reasonForm.submit()}
        destroyOnHidden
      >
        <Form
          form={reasonForm}
          layout="vertical"
          onFinish={({ reason }) => reasonFor && run(reasonFor, reason)}
          preserve={false}
        >
          <Form.Item
            name="reason"
            label="退回原因"
            rules={[
              { required: true, whitespace: true, message: '请填写退回原因' },
              zodRule(productTransitionRequest.shape.reason),
            ]}
          >
            <Input.TextArea
              rows={4}
              maxLength={500}
              showCount
              placeholder="请写明需要修改的内容，机构会看到这段说明"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
