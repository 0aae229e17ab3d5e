import type { Fund } from '@jrpt/contracts';
import { wan } from '@jrpt/portal-kit';

/** 管理规模 in 万元 ("150000 万元"), or a dash when the fund did not say. */
export function fundScale(fund: Pick<Fund, 'scaleYuan'>): string {
  return fund.scaleYuan === null ? '—' : `${wan(fund.scaleYuan)} 万元`;
}

/** 成立时间 is a calendar date (YYYY-MM-DD): shown as written, never shifted by a time zone. */
export function fundEstablished(fund: Pick<Fund, 'establishedOn'>): string {
  return fund.establishedOn ?? '—';
}
