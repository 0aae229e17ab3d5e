/** 提交续贷申请 (§2.11): the form's values as the body of POST /api/renewal-applications. */
import type { z } from 'zod';
import type { LoanMethod, renewalApplicationInput } from '@jrpt/contracts';
import {
  dateOf,
  toContactRequest,
  type ContactFormValues,
  type PickedDate,
} from '../../components/enterprise-contact';

export interface RenewalFormValues extends ContactFormValues {
  amountWan?: number | null;
  termMonths?: number | null;
  maturityDate?: PickedDate;
  method?: LoanMethod | null;
  ratePercent?: number | null;
  institutionId?: number | null;
}

export type RenewalRequest = z.input<typeof renewalApplicationInput>;

export function toRenewalRequest(values: RenewalFormValues): RenewalRequest {
  return {
    amountWan: values.amountWan ?? undefined,
    termMonths: values.termMonths ?? undefined,
    maturityDate: dateOf(values.maturityDate),
    method: values.method ?? undefined,
    ratePercent: values.ratePercent ?? undefined,
    institutionId: values.institutionId ?? undefined,
    ...toContactRequest(values),
  } as RenewalRequest;
}
