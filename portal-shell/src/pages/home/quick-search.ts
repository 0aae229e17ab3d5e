/** 我要融资: turns the three choices of the home page into 金融超市's filters. */
import { LOAN_METHOD_LABELS, type LoanMethod } from '@jrpt/contracts';

export const TERM_CHOICES = [3, 6, 12, 24, 36, 60] as const;
export const METHOD_CHOICES = Object.entries(LOAN_METHOD_LABELS) as [LoanMethod, string][];

export interface QuickSearch {
  amountWan: string;
  termMonths: string;
  method: string;
}

/** Validates the amount the way 金融超市's filter does: (0, 1,000,000] 万 to the yuan. */
export function amountProblem(amountWan: string): string | null {
  const text = amountWan.trim();
  if (!text) return null;
  const n = Number(text);
  if (!Number.isFinite(n)) return '融资金额必须是数字';
  if (n <= 0) return '融资金额必须大于0';
  if (n > 1_000_000) return '融资金额不能超过1000000万元';
  if (Math.abs(Math.round(n * 10000) - n * 10000) > 1e-6) return '融资金额最多精确到元（4位小数）';
  return null;
}

/** `/market?amountWan=..&termMonths=..&method=..` with only the filters the user chose. */
export function marketSearchHref(input: QuickSearch): string {
  const params = new URLSearchParams();
  const amount = input.amountWan.trim();
  if (amount && !amountProblem(amount)) params.set('amountWan', String(Number(amount)));
  if (TERM_CHOICES.some((t) => String(t) === input.termMonths)) params.set('termMonths', input.termMonths);
  if (METHOD_CHOICES.some(([m]) => m === input.method)) params.set('method', input.method);
  const qs = params.toString();
  return qs ? `/market?${qs}` : '/market';
}
