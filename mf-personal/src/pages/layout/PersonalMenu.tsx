import { Badge, Flex, Menu, theme } from 'antd';
import { Link, useParams } from 'react-router';
import { useAppPath } from '@jrpt/portal-kit/remote';
import { usePhone } from '../../components/use-phone';
import { useUnreadCount } from '../messages/use-unread';
import { badgeCount, MENU_ITEMS, menuKeyOf } from './menu';

/**
 * The 个人中心 menu; 消息中心 carries the unread count. Inline beside the page; on a phone, one row of
 * links (a horizontal antd Menu would fold the last items, the badge with them, into "…").
 */
export function PersonalMenu() {
  const appPath = useAppPath();
  const phone = usePhone();
  const { token } = theme.useToken();
  const selected = menuKeyOf(useParams()['*'] ?? '');
  const unread = badgeCount(useUnreadCount());
  const label = (item: (typeof MENU_ITEMS)[number]) =>
    item.key === 'messages' && unread !== undefined ? (
      <Flex component="span" gap={6} align="center" style={{ display: 'inline-flex' }}>
        {item.label}
        <Badge count={unread} size="small" title={`${unread}条未读消息`} />
      </Flex>
    ) : (
      item.label
    );

  if (phone)
    return (
      <Flex component="nav" aria-label="个人中心" justify="space-around" wrap style={{ padding: '4px 0' }}>
        {MENU_ITEMS.map((item) => {
          const active = item.key === selected;
          return (
            <Link
              key={item.key}
              to={appPath(item.path)}
              aria-current={active ? 'page' : undefined}
              style={{
                padding: '8px 6px',
                color: active ? token.colorPrimary : token.colorText,
                fontWeight: active ? 600 : undefined,
                borderBottom: `2px solid ${active ? token.colorPrimary : 'transparent'}`,
                whiteSpace: 'nowrap',
              }}
            >
              {label(item)}
            </Link>
          );
        })}
      </Flex>
    );

  return (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      style={{ borderInlineEnd: 'none' }}
      items={MENU_ITEMS.map((item) => ({
        key: item.key,
        label: <Link to={appPath(item.path)}>{label(item)}</Link>,
      }))}
    />
  );
}
