/** The portal's navigation, in the manual's order and with its labels. */
export const NAV_ITEMS = [
  { label: '首页', to: '/' },
  { label: '金融超市', to: '/market' },
  { label: '金融机构', to: '/market/institutions' },
  { label: '首贷中心', to: '/market/first-loan' },
  { label: '续贷中心', to: '/market/renewal' },
  { label: '股权融资', to: '/equity' },
  { label: '转贷业务', to: '/market/bridge' },
  { label: '金融活动', to: '/events' },
  { label: '资讯动态', to: '/news' },
] as const;

const startsWithSegment = (pathname: string, prefix: string) =>
  prefix === '/' ? pathname === '/' : pathname === prefix || pathname.startsWith(prefix + '/');

/** The nav item a path belongs to: the longest matching prefix (/market/institutions → 金融机构). */
export function activeNavItem(pathname: string): string | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  let best: { to: string } | undefined;
  for (const item of NAV_ITEMS) {
    if (startsWithSegment(path, item.to) && (!best || item.to.length > best.to.length)) best = item;
  }
  return best?.to;
}

/** Where to come back to after logging in; only paths of this site, never another origin. */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\'))
    return fallback;
  if (/^\/(login|register)(\/|\?|$)/.test(target)) return fallback;
  return target;
}

/** The login link for the current page, so the user comes back here afterwards. */
export function loginHref(pathname: string, search = ''): string {
  const here = pathname + search;
  const back = safeRedirect(here, '');
  return back && back !== '/' ? `/login?redirect=${encodeURIComponent(back)}` : '/login';
}
