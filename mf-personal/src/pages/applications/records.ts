/** 申请记录 (§2.4): where each kind lives in the API and how its columns read. Pure, unit-tested. */
import {
  actionsFor,
  APPLICATION_KINDS,
  APPLICATION_TRANSITIONS,
  REJECT_REASON_LABELS,
  type ApplicationKind,
  type ApplicationRecord,
  type ApplicationStatus,
} from '@jrpt/contracts';
import { buildUrl, money } from '@jrpt/portal-kit';

/** The API collection of each kind: 贷款申请, 续贷申请, 转贷申请. */
export const APPLICATION_PATHS: Record<ApplicationKind, string> = {
  loan: '/api/loan-applications',
  renewal: '/api/renewal-applications',
  bridge: '/api/bridge-applications',
};

export function isApplicationKind(value: string | null | undefined): value is ApplicationKind {
  return (APPLICATION_KINDS as readonly string[]).includes(value ?? '');
}

/** One page of a kind's records (the SWR key). */
export function applicationListUrl(kind: ApplicationKind, page: number, pageSize: number): string {
  return buildUrl(APPLICATION_PATHS[kind], { page, pageSize });
}

export const applicationDetailUrl = (kind: ApplicationKind, id: number | string) =>
  `${APPLICATION_PATHS[kind]}/${id}`;
export const applicationWithdrawUrl = (kind: ApplicationKind, id: number) =>
  `${APPLICATION_PATHS[kind]}/${id}/withdraw`;

/** 撤销 is the borrower's only action, and only while 未受理 (the contracts' transition table). */
export function canWithdraw(status: ApplicationStatus): boolean {
  return actionsFor(APPLICATION_TRANSITIONS, status, 'borrower').includes('withdraw');
}

/** 申请金额, 授信金额, 放款/融资金额: "300万", or "-" before there is one. */
export const amountText = (yuan: number | null | undefined): string => money(yuan);

/** 申请期限: "12个月"; a bridge application is counted in days ("15天"). */
export function termText(r: Pick<ApplicationRecord, 'termMonths' | 'days'>): string {
  if (r.termMonths !== null) return `${r.termMonths}个月`;
  if (r.days !== null) return `${r.days}天`;
  return '-';
}

/** 出让股权: only equity financing has one; "-" for loans. */
export function equityText(percent: number | null): string {
  return percent === null ? '-' : `${percent}%`;
}

/** 备注: the institution's last note; after 未通过 the reason first ("不符合产品准入条件：…"). */
export function remarkText(r: Pick<ApplicationRecord, 'note' | 'rejectReasonCode'>): string {
  const reason = r.rejectReasonCode ? REJECT_REASON_LABELS[r.rejectReasonCode] : null;
  if (reason && r.note) return `${reason}：${r.note}`;
  return reason ?? r.note ?? '-';
}

/** 产品: loans name a product; a renewal or bridge application is for an existing loan. */
export function productText(r: Pick<ApplicationRecord, 'kind' | 'productName'>): string {
  if (r.productName) return r.productName;
  return r.kind === 'renewal' ? '续贷' : r.kind === 'bridge' ? '转贷' : '-';
}
