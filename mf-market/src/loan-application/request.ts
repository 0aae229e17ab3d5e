/**
 * The 立即申请 form (§2.3) as the API's request: the personal or the enterprise fields by account type,
 * amounts in 万 as typed, empty optional answers left out.
 */
import type { z } from 'zod';
import {
  formatWan,
  wanToYuan,
  type BorrowerType,
  type LoanChannel,
  type loanApplicationEnterprise,
  type loanApplicationPersonal,
  type ProductSummary,
} from '@jrpt/contracts';

/** What the form holds: both identities' fields (only the account type's are shown), numbers may be cleared. */
export interface LoanFormValues {
  amountWan?: number | null;
  termMonths?: number | null;
  purpose?: string;
  idNumber?: string;
  applicantName?: string;
  applicantPhone?: string;
  enterpriseName?: string;
  uscc?: string;
  contactName?: string;
  contactPhone?: string;
  annualIncomeWan?: number | null;
  currentLoanTotalWan?: number | null;
  hasEnforcement?: boolean | null;
  hasOverdue?: boolean | null;
  agreed?: boolean;
}

export type LoanApplicationRequest =
  z.input<typeof loanApplicationPersonal> | z.input<typeof loanApplicationEnterprise>;

const trimmed = (v: string | undefined) => (v ?? '').trim();
const optionalNumber = (v: number | null | undefined) => (v === null || v === undefined ? undefined : v);
const optionalBoolean = (v: boolean | null | undefined) => (v === null || v === undefined ? undefined : v);

/** The body of POST /api/loan-applications for the account's type; the other type's fields are never sent. */
export function toLoanApplicationRequest(
  accountType: BorrowerType,
  productId: number,
  channel: LoanChannel,
  values: LoanFormValues,
): LoanApplicationRequest {
  const common = {
    productId,
    channel,
    amountWan: values.amountWan ?? undefined,
    termMonths: values.termMonths ?? undefined,
    purpose: trimmed(values.purpose),
    annualIncomeWan: optionalNumber(values.annualIncomeWan),
    currentLoanTotalWan: optionalNumber(values.currentLoanTotalWan),
    hasEnforcement: optionalBoolean(values.hasEnforcement),
    hasOverdue: optionalBoolean(values.hasOverdue),
    agreed: values.agreed === true,
  };
  if (accountType === 'personal')
    return {
      applicantType: 'personal',
      ...common,
      idNumber: trimmed(values.idNumber).toUpperCase(),
      applicantName: trimmed(values.applicantName),
      applicantPhone: trimmed(values.applicantPhone),
    } as LoanApplicationRequest;
  return {
    applicantType: 'enterprise',
    ...common,
    enterpriseName: trimmed(values.enterpriseName),
    uscc: trimmed(values.uscc).toUpperCase(),
    contactName: trimmed(values.contactName),
    contactPhone: trimmed(values.contactPhone),
  } as LoanApplicationRequest;
}

/** 申请金额 beyond the product's 最高额度, in the API's words; null when within it (or not a number yet). */
export function amountLimitError(product: Pick<ProductSummary, 'maxAmountYuan'>, amountWan: unknown) {
  if (typeof amountWan !== 'number' || !Number.isFinite(amountWan)) return null;
  return wanToYuan(amountWan) > product.maxAmountYuan
    ? `申请金额不能超过该产品最高额度${formatWan(product.maxAmountYuan)}万元`
    : null;
}

/** 申请期限 beyond the product's 最长期限, in the API's words; null when within it. */
export function termLimitError(product: Pick<ProductSummary, 'maxTermMonths'>, termMonths: unknown) {
  if (typeof termMonths !== 'number' || !Number.isFinite(termMonths)) return null;
  return termMonths > product.maxTermMonths
    ? `申请期限不能超过该产品最长期限${product.maxTermMonths}个月`
    : null;
}

/** The fields the form starts with: the enterprise's name and code (from 企业授权 for 首贷, else the account), the phone. */
export function initialLoanValues(
  user: { type: BorrowerType; phone: string; enterpriseName: string | null; uscc: string | null },
  authorization?: { enterpriseName: string; uscc: string } | null,
): LoanFormValues {
  if (user.type === 'personal') return { applicantPhone: user.phone, agreed: false };
  return {
    enterpriseName: authorization?.enterpriseName ?? user.enterpriseName ?? undefined,
    uscc: authorization?.uscc ?? user.uscc ?? undefined,
    contactPhone: user.phone,
    agreed: false,
  };
}
