import { Link } from 'react-router';
import { useSite } from '@jrpt/portal-kit';

export function SiteFooter() {
  const { data: site } = useSite();
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <div className="footer-brand">{site?.platformName}</div>
        {site && (
          <ul className="footer-contacts">
            {site.contactPhone && <li>电话：{site.contactPhone}</li>}
            {site.contactEmail && <li>邮箱：{site.contactEmail}</li>}
            {site.contactFax && <li>传真：{site.contactFax}</li>}
          </ul>
        )}
        <div className="footer-links">
          <Link to="/news?kind=policy">政策指南</Link>
          <Link to="/news?kind=news">新闻动态</Link>
          <Link to="/events">金融活动</Link>
          <Link to="/contact">联系我们</Link>
        </div>
        <div className="footer-copy">
          © {new Date().getFullYear()} {site?.platformName}
          {site?.cityName ? ` · ${site.cityName}` : ''}
        </div>
      </div>
    </footer>
  );
}
