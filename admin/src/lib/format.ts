/** Display formats of the console: money in 万, rates in %, times in Asia/Shanghai. */
import dayjs, { type Dayjs } from 'dayjs';
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

/** The first instant of a picked calendar day in Shanghai, as the API's ISO time (a `_gte` filter). */
export function dayStart(day: Dayjs | null | undefined): string | undefined {
  return day ? dayjs.tz(`${day.format('YYYY-MM-DD')} 00:00:00`, TIME_ZONE).toISOString() : undefined;
}

/** The last instant of a picked calendar day in Shanghai (a `_lte` filter). */
export function dayEnd(day: Dayjs | null | undefined): string | undefined {
  return day ? dayjs.tz(`${day.format('YYYY-MM-DD')} 23:59:59.999`, TIME_ZONE).toISOString() : undefined;
}

export { dayjs };
