/** 转贷（过桥）申请: the form's values as the body of POST /api/bridge-applications. */
import type { z } from 'zod';
import type { bridgeApplicationInput } from '@jrpt/contracts';
import {
  dateOf,
  toContactRequest,
  type ContactFormValues,
  type PickedDate,
} from '../../components/enterprise-contact';

export interface BridgeFormValues extends ContactFormValues {
  amountWan?: number | null;
  institutionId?: number | null;
  maturityDate?: PickedDate;
  days?: number | null;
}

export type BridgeRequest = z.input<typeof bridgeApplicationInput>;

export function toBridgeRequest(values: BridgeFormValues): BridgeRequest {
  return {
    amountWan: values.amountWan ?? undefined,
    institutionId: values.institutionId ?? undefined,
    maturityDate: dateOf(values.maturityDate),
    days: values.days ?? undefined,
    ...toContactRequest(values),
  } as BridgeRequest;
}
