/**
 * The buttons of one application: the actions the API lists for this caller (`row.actions`), kept only
 * where the contracts' table allows them from the record's status for the caller's role. What a button
 * asks for follows the table's `needs`: 授信/放款 an amount in 万, 不予通过 a reason code and a note.
 * A 409 (someone else was first, or the record moved on) shows the API's message and reloads.
 */
import { useState } from 'react';
import {
  useCustomMutation,
  useGetIdentity,
  useInvalidate,
  type BaseRecord,
  type HttpError,
} from '@refinedev/core';
import { App, Button, Popconfirm, Space } from 'antd';
import {
  APPLICATION_ACTION_LABELS,
  APPLICATION_STATUS_LABELS,
  APPLICATION_TRANSITIONS,
  applicationTransitionRequest,
  nextStatus,
  yuanToWan,
  type AdminApplicationRow,
  type ApplicationAction,
  type ApplicationTransitionRequest,
} from '@jrpt/contracts';
import type { ApplicationResource } from '../../access';
import {
  AmountField,
  NoteField,
  ReasonFields,
  TransitionDialog,
  type TransitionValues,
} from '../../components/workflow-fields';
import type { StaffIdentity } from '../../providers/session';
import { applicationButtons } from './buttons';

type Target = Pick<
  AdminApplicationRow,
  'id' | 'status' | 'version' | 'actions' | 'amountYuan' | 'creditAmountYuan'
>;

const PRIMARY: ReadonlySet<ApplicationAction> = new Set(['accept', 'grant_credit', 'disburse']);

/** 授信 asks for the credit amount, 放款 for the disbursed one. */
const AMOUNT_LABELS: Partial<Record<ApplicationAction, string>> = {
  grant_credit: '授信金额',
  disburse: '放款金额',
};

interface Props {
  resource: ApplicationResource;
  record: Target;
  size?: 'small' | 'middle';
}

export function ApplicationTransitions({ resource, record, size }: Props) {
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { data: staff } = useGetIdentity<StaffIdentity>();
  const { mutate, mutation } = useCustomMutation<BaseRecord, HttpError, ApplicationTransitionRequest>();
  const [dialog, setDialog] = useState<ApplicationAction | null>(null);
  const [refusal, setRefusal] = useState<HttpError | null>(null);

  const buttons = applicationButtons(record, resource, staff?.role);
  if (buttons.length === 0) return null;
  const needs = (action: ApplicationAction) => buttons.find((b) => b.action === action)?.needs ?? null;

  /** 授信 starts from the amount applied for, 放款 from the credit granted. */
  const initialValues = (action: ApplicationAction): TransitionValues => {
    if (action === 'grant_credit') return { amountWan: yuanToWan(record.amountYuan) };
    if (action === 'disburse' && record.creditAmountYuan !== null)
      return { amountWan: yuanToWan(record.creditAmountYuan) };
    return {};
  };

  const run = (action: ApplicationAction, values: TransitionValues = {}) => {
    const label = APPLICATION_ACTION_LABELS[action];
    mutate(
      {
        url: `/api/admin/${resource}/${record.id}/transitions`,
        method: 'post',
        values: {
          action,
          amountWan: values.amountWan,
          reasonCode: values.reasonCode as ApplicationTransitionRequest['reasonCode'],
          note: values.note?.trim() || undefined,
          version: record.version,
        },
        successNotification: false,
        errorNotification: (error) =>
          error?.errors && error.statusCode === 400
            ? false
            : { type: 'error', message: `${label}失败`, description: error?.message ?? '请稍后重试' },
      },
      {
        onSuccess: () => {
          const to = nextStatus(APPLICATION_TRANSITIONS, record.status, action);
          void message.success(to ? `申请状态已更新为“${APPLICATION_STATUS_LABELS[to]}”` : `${label}成功`);
          setDialog(null);
        },
        onError: (error) => {
          // The API names the field it refused (e.g. an amount beyond the credit granted): the dialog shows it there.
          setRefusal(error);
          if (error.statusCode === 409 || error.statusCode === 404) setDialog(null);
        },
        onSettled: (_data, error) => {
          // A 409 means someone else moved the record first: reload it so the buttons match its real status.
          if (!error || error.statusCode === 409 || error.statusCode === 404)
            void invalidate({ resource, invalidates: ['list', 'detail'], id: record.id });
        },
      },
    );
  };

  return (
    <Space wrap size="small">
      {buttons.map(({ action, needs: asks }) => {
        const label = APPLICATION_ACTION_LABELS[action];
        const button = (
          <Button
            key={action}
            size={size}
            type={PRIMARY.has(action) ? 'primary' : 'default'}
            danger={action === 'reject'}
            loading={mutation.isPending && mutation.variables?.values.action === action}
            disabled={mutation.isPending && mutation.variables?.values.action !== action}
            onClick={
              asks
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
        if (asks) return button;
        return (
          <Popconfirm
            key={action}
            title={`确定${label}该申请吗？`}
            description={action === 'accept' ? '受理后请尽快联系申请人' : undefined}
            okText="确定"
            cancelText="取消"
            onConfirm={() => run(action)}
          >
            {button}
          </Popconfirm>
        );
      })}
      {dialog && (
        <TransitionDialog<TransitionValues>
          key={dialog}
          title={`${APPLICATION_ACTION_LABELS[dialog]}（申请编号 ${record.id}）`}
          danger={dialog === 'reject'}
          loading={mutation.isPending}
          initialValues={initialValues(dialog)}
          error={refusal}
          onCancel={() => setDialog(null)}
          onSubmit={(values) => run(dialog, values)}
        >
          {needs(dialog) === 'amount' && (
            <>
              <AmountField
                label={AMOUNT_LABELS[dialog] ?? '金额'}
                schema={applicationTransitionRequest.shape.amountWan}
              />
              <NoteField schema={applicationTransitionRequest.shape.note} />
            </>
          )}
          {needs(dialog) === 'reason' && (
            <ReasonFields
              reasonLabel="未通过原因"
              reasonSchema={applicationTransitionRequest.shape.reasonCode}
              noteSchema={applicationTransitionRequest.shape.note}
            />
          )}
        </TransitionDialog>
      )}
    </Space>
  );
}
