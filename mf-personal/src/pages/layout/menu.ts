/**
 * The 个人中心 menu in the manual's order (用户信息, 申请记录, 我的咨询, 我的活动, 我的约谈, 需求管理,
 * 股权融资管理, 消息中心), only the items that exist. Pure, unit-tested.
 */
export const MENU_ITEMS = [
  { key: 'info', label: '用户信息', path: '' },
  { key: 'applications', label: '申请记录', path: 'applications' },
  { key: 'demands', label: '需求管理', path: 'demands' },
  { key: 'messages', label: '消息中心', path: 'messages' },
] as const;
export type MenuKey = (typeof MENU_ITEMS)[number]['key'];

/** The item a page belongs to, from its path inside 个人中心 ("applications/loan/3" → applications). */
export function menuKeyOf(subPath: string): MenuKey {
  const first = subPath.split('/').filter(Boolean)[0] ?? '';
  const found = MENU_ITEMS.find((item) => item.path !== '' && item.path === first);
  // 企业授权 is part of 用户信息's 认证授权.
  return found?.key ?? 'info';
}

/** The badge's text: "99+" beyond 99, nothing at 0. */
export function badgeCount(unread: number | undefined): number | string | undefined {
  if (!unread) return undefined;
  return unread > 99 ? '99+' : unread;
}
