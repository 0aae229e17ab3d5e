import { BankOutlined } from '@ant-design/icons';

export function ConsoleTitle({ collapsed }: { collapsed: boolean }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, fontWeight: 600, color: '#1f5fbf' }}>
      <BankOutlined style={{ fontSize: 20 }} />
      {!collapsed && <span style={{ whiteSpace: 'nowrap' }}>智慧金融 管理后台</span>}
    </span>
  );
}
