import { useGetIdentity } from '@refinedev/core';
import { useThemedLayoutContext } from '@refinedev/antd';
import { Button, Grid, Layout, Space, Tag, Typography, theme } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { StaffIdentity } from '../providers/session';
import { ConsoleTitle } from './title';

const ROLE_COLORS = { office: 'blue', institution: 'green', government: 'gold' } as const;

/** Who is logged in: name and role (金融办 / 金融机构 · 机构名 / 政府机构). Logging out is in the menu. */
export function Header() {
  const { token } = theme.useToken();
  const { lg } = Grid.useBreakpoint();
  const { setMobileSiderOpen } = useThemedLayoutContext();
  const { data: staff } = useGetIdentity<StaffIdentity>();
  const compact = lg === false;
  return (
    <Layout.Header
      style={{
        background: token.colorBgElevated,
        display: 'flex',
        justifyContent: compact ? 'space-between' : 'flex-end',
        alignItems: 'center',
        gap: 8,
        padding: compact ? '0 12px' : '0 24px',
        height: 56,
        position: 'sticky',
        top: 0,
        zIndex: 10,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      {compact && (
        <Space size="small">
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label="打开菜单"
            onClick={() => setMobileSiderOpen(true)}
          />
          <ConsoleTitle collapsed={false} />
        </Space>
      )}
      {staff && (
        <Space size="small" style={{ minWidth: 0 }}>
          {!compact && <Typography.Text strong>{staff.name}</Typography.Text>}
          <Tag color={ROLE_COLORS[staff.role]} style={{ marginInlineEnd: 0 }}>
            {staff.role === 'institution' && staff.institutionId ? (
              <Link to={`/institutions/show/${staff.institutionId}`}>{staff.roleLabel}</Link>
            ) : (
              staff.roleLabel
            )}
          </Tag>
        </Space>
      )}
    </Layout.Header>
  );
}
