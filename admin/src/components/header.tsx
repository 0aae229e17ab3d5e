import { useGetIdentity } from '@refinedev/core';
import { Layout, Space, Tag, Typography, theme } from 'antd';
import { Link } from 'react-router';
import type { StaffIdentity } from '../providers/session';

const ROLE_COLORS = { office: 'blue', institution: 'green', government: 'gold' } as const;

/** Who is logged in: name and role (金融办 / 金融机构 · 机构名 / 政府机构). Logging out is in the menu. */
export function Header() {
  const { token } = theme.useToken();
  const { data: staff } = useGetIdentity<StaffIdentity>();
  return (
    <Layout.Header
      style={{
        background: token.colorBgElevated,
        display: 'flex',
        justifyContent: 'flex-end',
        alignItems: 'center',
        padding: '0 24px',
        height: 56,
        position: 'sticky',
        top: 0,
        zIndex: 10,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      {staff && (
        <Space size="small" wrap style={{ justifyContent: 'flex-end' }}>
          <Typography.Text strong>{staff.name}</Typography.Text>
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
