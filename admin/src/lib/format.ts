/** Display formats of the console: money in 万, rates in %, times in Asia/Shanghai. */
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';
import { formatRate, formatWan } from '@jrpt/contracts';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

export const TIME_ZONE = 'Asia/Shanghai';

/** 3000000 → "300" */
export const wan = (yuan: number | null | undefined) => formatWan(yuan);
/** 405 → "4.05" */
export const percent = (bp: number | null | undefined) => formatRate(bp);

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '-';
  const d = dayjs(iso);
  return d.isValid() ? d.tz(TIME_ZONE).format('YYYY-MM-DD HH:mm') : '-';
}

export function date(iso: string | null | undefined): string {
  if (!iso) return '-';
  const d = dayjs(iso);
  return d.isValid() ? d.tz(TIME_ZONE).format('YYYY-MM-DD') : '-';
}

/** A stored instant as a dayjs in Shanghai time, for date pickers. */
export const toShanghai = (iso: string) => dayjs(iso).tz(TIME_ZONE);

export { dayjs };
