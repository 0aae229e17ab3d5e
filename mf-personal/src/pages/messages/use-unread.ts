import type { MessagePage } from '@jrpt/contracts';
import { useApi } from '@jrpt/portal-kit';
import { UNREAD_COUNT_KEY } from './messages';

/** How many messages are unread (undefined while loading): the 消息中心 badge, refreshed every minute. */
export function useUnreadCount(): number | undefined {
  const { data } = useApi<MessagePage>(UNREAD_COUNT_KEY, {
    refreshInterval: 60_000,
    revalidateOnFocus: true,
    shouldRetryOnError: false,
  });
  return data?.unreadCount;
}
