/** Chinese names for the audit log's action and entity codes (written by the API's writeAudit calls). */
import { BORROWER_TYPE_LABELS, PRODUCT_ACTION_LABELS, STAFF_ROLE_LABELS, type Role } from '@jrpt/contracts';

export const ENTITY_TYPE_LABELS: Record<string, string> = {
  accounts: '账号',
  institutions: '金融机构',
  products: '金融产品',
  articles: '资讯动态',
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'account.register': '注册账号',
  'account.change_password': '修改密码',
  'account.change_phone': '修改手机号',
  'institution.create': '新增金融机构',
  'institution.update': '修改金融机构',
  'product.create': '新增金融产品',
  'product.update': '修改金融产品',
  ...Object.fromEntries(
    Object.entries(PRODUCT_ACTION_LABELS).map(([action, label]) => [`product.${action}`, `产品${label}`]),
  ),
  'article.create': '发布资讯',
  'article.update': '修改资讯',
};

export const ROLE_LABELS: Record<Role, string> = { ...BORROWER_TYPE_LABELS, ...STAFF_ROLE_LABELS };

export const actionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
export const entityLabel = (entityType: string) => ENTITY_TYPE_LABELS[entityType] ?? entityType;
