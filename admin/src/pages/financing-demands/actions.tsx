/**
 * The buttons of one financing demand: what the API lists for this caller (`row.actions`: 抢单 only while
 * it is in the pool, 受理/退回 only for the institution it names or was dispatched to, …), kept only where
 * the contracts' table lets the caller's role take it from the demand's status. 抢单 and 派单 have their
 * own endpoints; the rest go to /transitions with what the table's `needs` asks for. A 409 (another
 * institution claimed it first, or it moved on) shows the API's message and reloads.
 */
import { useState } from 'react';
import {
  useCustomMutation,
  useGetIdentity,
  useInvalidate,
  type BaseRecord,
  type HttpError,
} from '@refinedev/core';
import { useSelect } from '@refinedev/antd';
import { App, Button, Form, Popconfirm, Select, Space } from 'antd';
import {
  DEMAND_STAFF_ACTION_LABELS,
  DEMAND_STATUS_LABELS,
  DEMAND_TRANSITIONS,
  demandDispatchRequest,
  demandTransitionRequest,
  nextStatus,
  yuanToWan,
  type AdminDemandRow,
  type AdminInstitution,
  type AdminProductRow,
  type DemandDeskAction,
  type DemandStaffAction,
} from '@jrpt/contracts';
import { zodRule } from '../../components/zod-rule';
import {
  AmountField,
  NoteField,
  ReasonFields,
  TransitionDialog,
  type TransitionValues,
} from '../../components/workflow-fields';
import type { StaffIdentity } from '../../providers/session';
import { askOf, demandButtons } from './buttons';

const RESOURCE = 'financing-demands';

type Target = Pick<
  AdminDemandRow,
  'id' | 'status' | 'version' | 'actions' | 'amountYuan' | 'creditAmountYuan' | 'productId' | 'productName'
>;

interface Values extends TransitionValues {
  productId?: number;
  institutionId?: number;
}

const LABELS = DEMAND_STAFF_ACTION_LABELS;

const PRIMARY: ReadonlySet<DemandStaffAction> = new Set([
  'claim',
  'accept',
  'dispatch',
  'review_pass',
  'grant_credit',
  'disburse',
]);
const DANGER: ReadonlySet<DemandStaffAction> = new Set(['decline', 'review_fail']);

const CONFIRM: Partial<Record<DemandStaffAction, string>> = {
  claim: '抢单成功后由本机构受理并跟进该需求',
  accept: '受理后请尽快联系需求人',
};

interface Props {
  record: Target;
  size?: 'small' | 'middle';
}

export function DemandActions({ record, size }: Props) {
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { data: staff } = useGetIdentity<StaffIdentity>();
  const { mutate, mutation } = useCustomMutation<BaseRecord, HttpError, object>();
  const [dialog, setDialog] = useState<DemandStaffAction | null>(null);
  const [refusal, setRefusal] = useState<HttpError | null>(null);

  const buttons = demandButtons(record, staff?.role);
  const dialogAsk = dialog ? askOf(record, dialog) : null;

  const { selectProps: productSelect } = useSelect<AdminProductRow>({
    resource: 'products',
    optionLabel: 'name',
    optionValue: 'id',
    filters: [{ field: 'status', operator: 'eq', value: 'listed' }],
    pagination: { mode: 'server', pageSize: 50 },
    onSearch: (value) => [{ field: 'name', operator: 'contains', value }],
    defaultValue: record.productId ?? undefined,
    queryOptions: { enabled: dialogAsk === 'product' },
    defaultValueQueryOptions: { enabled: false },
  });
  const { selectProps: institutionSelect } = useSelect<AdminInstitution>({
    resource: 'institutions',
    optionLabel: 'name',
    optionValue: 'id',
    pagination: { mode: 'server', pageSize: 50 },
    onSearch: (value) => [{ field: 'name', operator: 'contains', value }],
    queryOptions: { enabled: dialogAsk === 'institution' },
    defaultValueQueryOptions: { enabled: false },
  });

  if (buttons.length === 0) return null;

  /** 授信 starts from the amount asked, 放款 from the credit granted, 关联产品 from the current product. */
  const initialValues = (action: DemandStaffAction): Values => {
    if (action === 'grant_credit') return { amountWan: yuanToWan(record.amountYuan) };
    if (action === 'disburse' && record.creditAmountYuan !== null)
      return { amountWan: yuanToWan(record.creditAmountYuan) };
    if (action === 'attach_product' && record.productId !== null) return { productId: record.productId };
    return {};
  };

  const request = (action: DemandStaffAction, values: Values) => {
    const note = values.note?.trim() || undefined;
    if (action === 'claim') return { url: 'claim', body: { version: record.version } };
    if (action === 'dispatch')
      return {
        url: 'dispatch',
        body: { institutionId: values.institutionId, note, version: record.version },
      };
    return {
      url: 'transitions',
      body: {
        action: action as DemandDeskAction,
        productId: values.productId,
        amountWan: values.amountWan,
        reasonCode: values.reasonCode,
        note,
        version: record.version,
      },
    };
  };

  const successText = (action: DemandStaffAction) => {
    if (action === 'claim') return '抢单成功，该需求已由本机构受理';
    if (action === 'attach_product') return '归属产品已关联';
    if (action === 'dispatch') return '派单成功';
    const to = nextStatus(DEMAND_TRANSITIONS, record.status, action);
    return to && to !== record.status
      ? `需求状态已更新为“${DEMAND_STATUS_LABELS[to]}”`
      : `${LABELS[action]}成功`;
  };

  const run = (action: DemandStaffAction, values: Values = {}) => {
    const label = LABELS[action];
    const { url, body } = request(action, values);
    mutate(
      {
        url: `/api/admin/${RESOURCE}/${record.id}/${url}`,
        method: 'post',
        values: body,
        successNotification: false,
        errorNotification: (error) =>
          error?.errors && error.statusCode === 400
            ? false
            : { type: 'error', message: `${label}失败`, description: error?.message ?? '请稍后重试' },
      },
      {
        onSuccess: () => {
          void message.success(successText(action));
          setDialog(null);
        },
        onError: (error) => {
          setRefusal(error);
          if (error.statusCode === 409 || error.statusCode === 404) setDialog(null);
        },
        onSettled: (_data, error) => {
          // Someone else was first (409) or it left our reach (404): reload so the buttons match the demand.
          if (!error || error.statusCode === 409 || error.statusCode === 404)
            void invalidate({ resource: RESOURCE, invalidates: ['list', 'detail'], id: record.id });
        },
      },
    );
  };

  const pendingAction = (mutation.variables?.url ?? '').split('/').pop();
  const isRunning = (action: DemandStaffAction) =>
    mutation.isPending &&
    (pendingAction === action ||
      (pendingAction === 'transitions' &&
        (mutation.variables?.values as { action?: string } | undefined)?.action === action));

  return (
    <Space wrap size="small">
      {buttons.map(({ action, ask }) => {
        const label = LABELS[action];
        const button = (
          <Button
            key={action}
            size={size}
            type={PRIMARY.has(action) ? 'primary' : 'default'}
            danger={DANGER.has(action)}
            loading={isRunning(action)}
            disabled={mutation.isPending && !isRunning(action)}
            onClick={
              ask
                ? () => {
                    setRefusal(null);
                    setDialog(action);
                  }
                : undefined
            }
          >
            {label}
          </Button>
        );
        if (ask) return button;
        return (
          <Popconfirm
            key={action}
            title={`确定${label}吗？`}
            description={CONFIRM[action]}
            okText="确定"
            cancelText="取消"
            onConfirm={() => run(action)}
          >
            {button}
          </Popconfirm>
        );
      })}
      {dialog && (
        <TransitionDialog<Values>
          key={dialog}
          title={`${LABELS[dialog]}（需求编号 ${record.id}）`}
          danger={DANGER.has(dialog)}
          loading={mutation.isPending}
          initialValues={initialValues(dialog)}
          error={refusal}
          onCancel={() => setDialog(null)}
          onSubmit={(values) => run(dialog, values)}
        >
          {dialogAsk === 'amount' && (
            <>
              <AmountField
                label={dialog === 'disburse' ? '放款金额' : '授信金额'}
                schema={demandTransitionRequest.shape.amountWan}
              />
              <NoteField schema={demandTransitionRequest.shape.note} />
            </>
          )}
          {dialogAsk === 'reason' && (
            <ReasonFields
              reasonLabel={dialog === 'decline' ? '退回原因' : '未通过原因'}
              reasonSchema={demandTransitionRequest.shape.reasonCode}
              noteSchema={demandTransitionRequest.shape.note}
            />
          )}
          {dialogAsk === 'product' && (
            <>
              <Form.Item
                name="productId"
                label="归属产品"
                extra="本机构已上架的产品"
                rules={[
                  ...(dialog === 'attach_product' ? [{ required: true, message: '请选择归属产品' }] : []),
                  zodRule(demandTransitionRequest.shape.productId),
                ]}
              >
                <Select
                  {...productSelect}
                  placeholder="请选择归属产品"
                  allowClear={dialog !== 'attach_product'}
                />
              </Form.Item>
              <NoteField schema={demandTransitionRequest.shape.note} />
            </>
          )}
          {dialogAsk === 'institution' && (
            <>
              <Form.Item
                name="institutionId"
                label="派单机构"
                rules={[zodRule(demandDispatchRequest.shape.institutionId)]}
              >
                <Select {...institutionSelect} placeholder="请选择受理机构" />
              </Form.Item>
              <NoteField schema={demandDispatchRequest.shape.note} />
            </>
          )}
        </TransitionDialog>
      )}
    </Space>
  );
}
