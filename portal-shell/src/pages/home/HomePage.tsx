import { Link } from 'react-router';
import { usePageTitle } from '@jrpt/portal-kit';
import { ArrowRightIcon } from '../../layout/icons';
import { ArticleColumn } from './ArticleColumn';
import { FinancingFeed } from './FinancingFeed';
import { HomeStats } from './HomeStats';
import { QuickSearch } from './QuickSearch';
import './home.css';

const SERVICES = [
  { to: '/market', title: '金融超市', text: '按机构、金额、期限、利率筛选贷款产品，在线申请' },
  { to: '/market/first-loan', title: '首贷中心', text: '为从未获得过贷款的企业提供首贷产品与需求发布' },
  { to: '/market/renewal', title: '续贷中心', text: '贷款到期前在线提交续贷申请，政府数据增信' },
  { to: '/equity', title: '股权融资', text: '对接投资机构与股权项目，在线预约约谈' },
  { to: '/market/bridge', title: '转贷业务', text: '过桥资金周转，助力企业按时还贷续贷' },
  { to: '/events', title: '金融活动', text: '银企对接会、政策宣讲等活动，在线报名' },
];

/**
 * 首页. Drawn without antd on purpose: it is the page most visitors land on and must load fast.
 */
export default function HomePage() {
  usePageTitle();
  return (
    <div className="home">
      <section className="hero">
        <div className="container hero-inner">
          <div className="hero-copy">
            <p className="hero-kicker">政府 · 银行 · 企业 · 个人 多方共享的线上金融服务渠道</p>
            <h1 className="hero-title">
              缓解中小微企业
              <br />
              融资难、融资贵
            </h1>
            <p className="hero-text">
              融资需求发布、金融产品在线申请、银企线上沟通问答、政府在线监管，一站办理。
            </p>
            <div className="hero-actions">
              <Link to="/market" className="btn btn-lg hero-btn">
                进入金融超市 <ArrowRightIcon />
              </Link>
              <Link to="/market/institutions" className="hero-link">
                查看金融机构
              </Link>
            </div>
          </div>
          <QuickSearch />
        </div>
      </section>

      <HomeStats />

      <div className="container home-columns">
        <ArticleColumn kind="news" title="新闻动态" />
        <ArticleColumn kind="policy" title="政策指南" />
      </div>

      <div className="container">
        <FinancingFeed />
      </div>

      <section className="container home-services" aria-labelledby="home-services-title">
        <h2 id="home-services-title" className="section-title">
          服务入口
        </h2>
        <ul className="service-grid">
          {SERVICES.map((s) => (
            <li key={s.to}>
              <Link to={s.to} className="service-tile">
                <span className="service-title">{s.title}</span>
                <span className="service-text">{s.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      {/* §2.7 方法一: the floating menu on the right of 首页. 个人中心 sends a visitor to the login page first. */}
      <nav className="home-float" aria-label="快捷入口">
        <Link to="/personal/demands/new" className="home-float-item">
          发布需求
        </Link>
        <Link to="/market/first-loan" className="home-float-item">
          首贷申请
        </Link>
        <Link to="/market/renewal" className="home-float-item">
          续贷申请
        </Link>
      </nav>
    </div>
  );
}
