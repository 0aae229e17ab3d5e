import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import { formatRate, formatWan } from '@jrpt/contracts';

dayjs.extend(utc);
dayjs.extend(timezone);
// The zh-cn locale is chosen by each app's entry (the shell's main.tsx), not here: its UMD file
// require()s dayjs, which would bundle a second dayjs into every micro-frontend that formats a date.

export const TIME_ZONE = 'Asia/Shanghai';

/** 3000000 (yuan) → "300万" */
export function money(yuan: number | null | undefined): string {
  if (yuan === null || yuan === undefined) return '-';
  return `${formatWan(yuan)}万`;
}

/** 3000000 (yuan) → "300" (for a column or a figure whose unit is shown apart) */
export const wan = formatWan;

/** 405 (bp) → "4.05%" */
export function rate(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '-';
  return `${formatRate(bp)}%`;
}

function inShanghai(iso: string | Date | null | undefined) {
  if (iso === null || iso === undefined || iso === '') return null;
  const d = dayjs(iso);
  return d.isValid() ? d.tz(TIME_ZONE) : null;
}

/** "2020-07-01" in Asia/Shanghai */
export function date(iso: string | Date | null | undefined): string {
  return inShanghai(iso)?.format('YYYY-MM-DD') ?? '-';
}

/** "2020-07-01 09:47" in Asia/Shanghai */
export function dateTime(iso: string | Date | null | undefined): string {
  return inShanghai(iso)?.format('YYYY-MM-DD HH:mm') ?? '-';
}

/** 18809386116 → "188xxxx6116", the way the header greets a user. */
export function maskPhone(phone: string): string {
  return /^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}xxxx${phone.slice(7)}` : phone;
}

export { dayjs };
