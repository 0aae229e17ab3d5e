import { describe, expect, it } from 'vitest';
import { badgeCount, MENU_ITEMS, menuKeyOf } from './menu';

describe('个人中心 menu', () => {
  it('keeps the manual order of the items that exist', () => {
    expect(MENU_ITEMS.map((i) => i.label)).toEqual(['用户信息', '申请记录', '需求管理', '消息中心']);
  });

  it.each([
    ['', 'info'],
    ['authorization', 'info'],
    ['applications', 'applications'],
    ['applications/renewal/4', 'applications'],
    ['demands/new', 'demands'],
    ['demands/12', 'demands'],
    ['messages', 'messages'],
    ['nowhere', 'info'],
  ])('%s → %s', (path, key) => {
    expect(menuKeyOf(path)).toBe(key);
  });

  it('shows the unread count, 99+ beyond 99, nothing at 0', () => {
    expect(badgeCount(undefined)).toBeUndefined();
    expect(badgeCount(0)).toBeUndefined();
    expect(badgeCount(7)).toBe(7);
    expect(badgeCount(120)).toBe('99+');
  });
});
