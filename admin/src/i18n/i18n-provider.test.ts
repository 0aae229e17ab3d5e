import { describe, expect, it } from 'vitest';
import { createI18nProvider } from './i18n-provider';

const { translate } = createI18nProvider({ products: '金融产品', 'audit-logs': '操作日志' });

describe('the Chinese i18n provider', () => {
  it.each([
    ['buttons.create', '创建'],
    ['buttons.edit', '编辑'],
    ['buttons.save', '保存'],
    ['buttons.delete', '删除'],
    ['buttons.show', '显示'],
    ['buttons.list', '列表'],
    ['buttons.refresh', '刷新'],
    ['buttons.cancel', '取消'],
    ['buttons.logout', '退出'],
    ['actions.edit', '编辑'],
    ['pages.login.signin', '登录'],
  ])('translates %s to %s', (key, text) => {
    expect(translate(key, undefined, 'English')).toBe(text);
  });

  it('names resources and their page titles from the resource labels', () => {
    expect(translate('products.products', 'Products')).toBe('金融产品');
    expect(translate('products.titles.list', 'Products')).toBe('金融产品');
    expect(translate('products.titles.edit', 'Edit Product')).toBe('编辑金融产品');
    expect(translate('products.titles.create', 'Create Product')).toBe('创建金融产品');
    expect(translate('audit-logs.titles.show', 'Show')).toBe('操作日志详情');
  });

  it('fills in notification parameters', () => {
    expect(translate('notifications.editSuccess', { resource: '金融产品' }, 'Successfully edited')).toBe(
      '金融产品已保存',
    );
    expect(translate('notifications.createError', { resource: '金融机构', statusCode: 400 }, 'x')).toBe(
      '创建金融机构失败（状态码：400）',
    );
  });

  it('falls back to the default message for keys it does not know', () => {
    expect(translate('unknown.key', undefined, 'Fallback')).toBe('Fallback');
    expect(translate('unknown.key', 'Fallback as second argument')).toBe('Fallback as second argument');
    expect(translate('unknown.key')).toBe('unknown.key');
    expect(translate('articles.titles.edit', undefined, 'Edit')).toBe('Edit');
  });
});
