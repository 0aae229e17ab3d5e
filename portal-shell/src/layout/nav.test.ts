import { describe, expect, it } from 'vitest';
import { activeNavItem, loginHref, NAV_ITEMS, safeRedirect } from './nav';

describe('navigation', () => {
  it('follows the manual order and labels', () => {
    expect(NAV_ITEMS.map((i) => i.label).join(' · ')).toBe(
      '首页 · 金融超市 · 金融机构 · 首贷中心 · 续贷中心 · 股权融资 · 转贷业务 · 金融活动 · 资讯动态',
    );
  });

  it.each([
    ['/', '/'],
    ['/market', '/market'],
    ['/market/', '/market'],
    ['/market/products/12', '/market'],
    ['/market/institutions', '/market/institutions'],
    ['/market/first-loan', '/market/first-loan'],
    ['/market/bridge/apply', '/market/bridge'],
    ['/marketing', undefined],
    ['/equity/funds/3', '/equity'],
    ['/news/7', '/news'],
    ['/events', '/events'],
    ['/login', undefined],
  ])('marks %s as %s', (path, expected) => {
    expect(activeNavItem(path)).toBe(expected);
  });
});

describe('safeRedirect', () => {
  it.each([
    ['/personal', '/personal'],
    ['/market?amountWan=50', '/market?amountWan=50'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/login', '/'],
    ['/register?x=1', '/'],
  ])('%s → %s', (target, expected) => {
    expect(safeRedirect(target)).toBe(expected);
  });

  it('builds the login link back to the current page', () => {
    expect(loginHref('/', '')).toBe('/login');
    expect(loginHref('/market', '?page=2')).toBe('/login?redirect=%2Fmarket%3Fpage%3D2');
    expect(loginHref('/login', '?redirect=%2Fx')).toBe('/login');
  });
});
