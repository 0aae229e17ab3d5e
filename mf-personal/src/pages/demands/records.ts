/** 需求记录 (§2.7): the columns as the borrower reads them. Pure, unit-tested. */
import {
  BORROWER_TYPE_LABELS,
  DEMAND_REVIEW_RESULT_LABELS,
  REJECT_REASON_LABELS,
  type DemandRecord,
} from '@jrpt/contracts';
import { buildUrl, wan } from '@jrpt/portal-kit';

export const demandListUrl = (page: number, pageSize: number) =>
  buildUrl('/api/financing-demands', { page, pageSize });
export const demandDetailUrl = (id: number | string) => `/api/financing-demands/${id}`;
export const demandWithdrawUrl = (id: number) => `/api/financing-demands/${id}/withdraw`;

/** 发布类型: 企业 / 个人, and 首贷 for a 首贷需求. */
export function publishTypeText(r: Pick<DemandRecord, 'borrowerType' | 'channel'>): string {
  const type = BORROWER_TYPE_LABELS[r.borrowerType];
  return r.channel === 'first_loan' ? `${type}（首贷）` : type;
}

/** The (万) columns: 融资金额, 授信金额, 放款 — the number alone, "--" before there is one (as §2.7 shows). */
export function wanColumn(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? '--' : wan(yuan);
}

/** 归属产品: the product the institution attached, "--" until then. */
export const productColumn = (r: Pick<DemandRecord, 'productName'>) => r.productName ?? '--';

/** 初审结果: 初审通过 / 初审未通过 (with the reason), "--" before the review. */
export function reviewColumn(r: Pick<DemandRecord, 'reviewResult' | 'reasonCode' | 'status'>): string {
  if (!r.reviewResult) return '--';
  const label = DEMAND_REVIEW_RESULT_LABELS[r.reviewResult];
  if (r.reviewResult === 'failed' && r.reasonCode) return `${label}（${REJECT_REASON_LABELS[r.reasonCode]}）`;
  return label;
}

/** 期望利率: "4.00% — 6.50%（年化）" from basis points. */
export function rateRangeText(minBp: number, maxBp: number): string {
  return `${(minBp / 100).toFixed(2)}% — ${(maxBp / 100).toFixed(2)}%（年化）`;
}
