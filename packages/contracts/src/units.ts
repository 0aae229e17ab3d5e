/**
 * Money is entered and shown in 万元 and stored as integer yuan; rates are entered and shown as
 * annual percent with two decimals and stored as integer basis points (4.05% → 405).
 */
export const wanToYuan = (wan: number): number => Math.round(wan * 10000);
export const yuanToWan = (yuan: number): number => yuan / 10000;
export const percentToBp = (percent: number): number => Math.round(percent * 100);
export const bpToPercent = (bp: number): number => bp / 100;

/** 300万 → "300", 1.5万 → "1.5", 12345元 → "1.2345" */
export function formatWan(yuan: number | null | undefined, digits = 4): string {
  if (yuan === null || yuan === undefined) return '-';
  return Number((yuan / 10000).toFixed(digits)).toLocaleString('zh-CN', { maximumFractionDigits: digits });
}

/** 405 → "4.05" */
export function formatRate(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '-';
  return (bp / 100).toFixed(2);
}
