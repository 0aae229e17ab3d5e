import { dayjs, TIME_ZONE } from '@jrpt/portal-kit';

/** Today's date in Tianshui (YYYY-MM-DD), whatever the browser's time zone. */
export const todayInShanghai = (): string => dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
