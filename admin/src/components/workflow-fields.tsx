/**
 * The fields a workflow transition may need (the contracts table's `needs`): an amount in 万 (授信/放款金额),
 * or a reason code with a note (不予通过, 初审未通过, 退回) — both required there. Rules come from the
 * transition request schema, never re-typed.
 */
import { useEffect, type ReactNode } from 'react';
import type { HttpError } from '@refinedev/core';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import type { z } from 'zod';
import { REJECT_REASON_LABELS } from '@jrpt/contracts';
import { labelOptions } from '../lib/options';
import { setServerErrors } from './server-errors';
import { zodRule } from './zod-rule';

export interface TransitionValues {
  amountWan?: number;
  reasonCode?: string;
  note?: string;
}

interface AmountProps {
  label: string;
  schema: z.ZodType;
}

export function AmountField({ label, schema }: AmountProps) {
  return (
    <Form.Item
      name="amountWan"
      label={label}
      rules={[{ required: true, message: `请填写${label}` }, zodRule(schema)]}
    >
      <InputNumber<number>
        min={0}
        step={1}
        style={{ width: '100%' }}
        placeholder={`请填写${label}`}
        suffix="万元"
      />
    </Form.Item>
  );
}

interface ReasonProps {
  reasonLabel: string;
  reasonSchema: z.ZodType;
  noteSchema: z.ZodType;
}

export function ReasonFields({ reasonLabel, reasonSchema, noteSchema }: ReasonProps) {
  return (
    <>
      <Form.Item
        name="reasonCode"
        label={reasonLabel}
        rules={[{ required: true, message: `请选择${reasonLabel}` }, zodRule(reasonSchema)]}
      >
        <Select placeholder="请选择" options={labelOptions(REJECT_REASON_LABELS)} />
      </Form.Item>
      <NoteField schema={noteSchema} required />
    </>
  );
}

export function NoteField({ schema, required = false }: { schema: z.ZodType; required?: boolean }) {
  return (
    <Form.Item
      name="note"
      label="说明"
      rules={[
        ...(required ? [{ required: true, whitespace: true, message: '请填写说明' }] : []),
        zodRule(schema),
      ]}
    >
      <Input.TextArea
        rows={3}
        maxLength={500}
        showCount
        placeholder={required ? '请写明具体情况，申请人会看到这段说明' : '选填，申请人会看到这段说明'}
      />
    </Form.Item>
  );
}

interface DialogProps<V extends object> {
  title: string;
  danger?: boolean;
  loading: boolean;
  initialValues: V;
  /** The API's refusal of the last try: its field messages go on the fields. */
  error: HttpError | null;
  onCancel: () => void;
  onSubmit: (values: V) => void;
  children: ReactNode;
}

/**
 * The form of one transition in a modal. Mount it only while open (and keyed by the action): each opening
 * gets a fresh form, so 放款 starts from the credit granted rather than what the last dialog held.
 */
export function TransitionDialog<V extends object>({
  title,
  danger,
  loading,
  initialValues,
  error,
  onCancel,
  onSubmit,
  children,
}: DialogProps<V>) {
  const [form] = Form.useForm<V>();
  useEffect(() => {
    if (error?.statusCode === 400 && error.errors) setServerErrors(form, error);
  }, [error, form]);
  return (
    <Modal
      open
      title={title}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ danger }}
      confirmLoading={loading}
      onCancel={onCancel}
      onOk={() => form.submit()}
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit}>
        {children}
      </Form>
    </Modal>
  );
}
