import { Tabs } from 'antd';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useCurrentUser, usePageTitle } from '@jrpt/portal-kit';
import { RegisterForm } from './RegisterForm';
import '../../auth/auth.css';

/** 新用户注册: 个人注册 / 企业注册 (manual §2.2). Registration does not log in: the user logs in afterwards. */
export default function RegisterPage() {
  usePageTitle('新用户注册');
  const [params, setParams] = useSearchParams();
  const { user } = useCurrentUser();
  const type = params.get('type') === 'enterprise' ? 'enterprise' : 'personal';

  if (user) return <Navigate to="/personal" replace />;

  return (
    <div className="auth-page">
      <div className="auth-card wide">
        <h1 className="auth-title">新用户注册</h1>
        <p className="auth-subtitle">
          已有账号？<Link to="/login">直接登录</Link>
        </p>
        <Tabs
          centered
          activeKey={type}
          destroyOnHidden
          onChange={(key) => setParams({ type: key }, { replace: true })}
          items={[
            { key: 'personal', label: '个人注册', children: <RegisterForm type="personal" /> },
            { key: 'enterprise', label: '企业注册', children: <RegisterForm type="enterprise" /> },
          ]}
        />
      </div>
    </div>
  );
}
