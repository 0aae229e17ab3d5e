import { useEffect, useState } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { logout, maskPhone, useCurrentUser, useSite } from '@jrpt/portal-kit';
import { CloseIcon, Emblem, MenuIcon, UserIcon } from './icons';
import { activeNavItem, loginHref, NAV_ITEMS } from './nav';

/**
 * The manual's header: account links on the top bar, the platform's banner and the navigation.
 * Drawn without antd so that the home page loads quickly.
 */
export function SiteHeader() {
  const { data: site, error: siteError } = useSite();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const active = activeNavItem(location.pathname);

  useEffect(() => setMenuOpen(false), [location.pathname]);

  const platformName = site?.platformName ?? (siteError ? '智慧金融服务平台' : undefined);

  return (
    <header className="site-header">
      <div className="topbar">
        <div className="container topbar-inner">
          <span className="topbar-welcome">{platformName ? `欢迎访问${platformName}` : ''}</span>
          <AccountLinks />
        </div>
      </div>
      <div className="banner">
        <div className="container banner-inner">
          <Link to="/" className="brand" aria-label={platformName ? `${platformName}首页` : '首页'}>
            <Emblem className="brand-emblem" />
            <span className="brand-text">
              {platformName ? (
                <span className="brand-name">{platformName}</span>
              ) : (
                <span className="brand-name-skeleton" />
              )}
              <span className="brand-sub">SMART FINANCIAL SERVICE PLATFORM</span>
            </span>
          </Link>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {menuOpen ? <CloseIcon /> : <MenuIcon />}
            <span>{menuOpen ? '关闭' : '菜单'}</span>
          </button>
        </div>
      </div>
      <nav id="site-nav" className={menuOpen ? 'mainnav open' : 'mainnav'} aria-label="主导航">
        <ul className="container mainnav-list">
          {NAV_ITEMS.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end
                className={item.to === active ? 'mainnav-link active' : 'mainnav-link'}
                aria-current={item.to === active ? 'page' : undefined}
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

function AccountLinks() {
  const { user } = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);

  const onLogout = async () => {
    setLeaving(true);
    try {
      await logout();
    } catch {
      // The session is gone or the API is unreachable: either way the header shows the login link again.
    } finally {
      setLeaving(false);
    }
    if (location.pathname.startsWith('/personal')) navigate('/');
  };

  return (
    <div className="account-links">
      {user === undefined ? (
        <span className="account-pending" aria-hidden />
      ) : user === null ? (
        <Link to={loginHref(location.pathname, location.search)} className="account-login">
          <UserIcon /> 企业（个人）登录/注册
        </Link>
      ) : (
        <>
          <span className="account-welcome">
            欢迎您 <Link to="/personal">{maskPhone(user.phone)}</Link>
          </span>
          <Link to="/personal">个人中心</Link>
          <button type="button" className="linklike" onClick={onLogout} disabled={leaving}>
            退出
          </button>
        </>
      )}
      <span className="sep" aria-hidden>
        |
      </span>
      <Link to="/contact">联系我们</Link>
    </div>
  );
}
