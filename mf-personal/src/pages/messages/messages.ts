/** 消息中心: its API addresses and where a message leads. Pure, unit-tested. */
import { buildUrl } from '@jrpt/portal-kit';

/** The smallest page that carries the unread count (the menu's badge). */
export const UNREAD_COUNT_KEY = buildUrl('/api/messages', { page: 1, pageSize: 1 });

export function messageListUrl(page: number, pageSize: number, unreadOnly: boolean): string {
  return buildUrl('/api/messages', { page, pageSize, unread: unreadOnly ? 'true' : undefined });
}

/** Every cached message list and the badge: refreshed after a message is read. */
export const isMessagesKey = (key: unknown) => typeof key === 'string' && key.startsWith('/api/messages');

/** The portal path where this micro-frontend is mounted (message links are portal paths). */
export const PERSONAL_MOUNT = '/personal';

export type MessageTarget = { kind: 'inside'; path: string } | { kind: 'portal'; path: string } | null;

/**
 * Where a message's link leads: a page of 个人中心 (opened inside, wherever the app is mounted), another
 * page of the portal (e.g. /market/renewal), or nowhere. Only same-site paths are followed.
 */
export function messageTarget(link: string | null): MessageTarget {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
  if (
    link === PERSONAL_MOUNT ||
    link.startsWith(`${PERSONAL_MOUNT}/`) ||
    link.startsWith(`${PERSONAL_MOUNT}?`)
  )
    return { kind: 'inside', path: link.slice(PERSONAL_MOUNT.length).replace(/^\//, '') };
  return { kind: 'portal', path: link };
}
