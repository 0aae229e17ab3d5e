import { siteSettings, type SiteSettings } from '@jrpt/contracts';
import { defineRoute, PUBLIC } from '../../http/route.js';
import { readSettings, SITE_SETTING_KEYS } from './repository.js';

export const siteRoutes = [
  defineRoute({
    method: 'get',
    path: '/site',
    summary: '站点信息（平台名称、城市、联系我们、续贷中心）',
    tags: ['首页'],
    access: PUBLIC,
    response: siteSettings,
    handler: async ({ deps }) => {
      const values = await readSettings(deps.db, Object.values(SITE_SETTING_KEYS));
      const entries = Object.entries(SITE_SETTING_KEYS).map(([field, key]) => [field, values.get(key) ?? '']);
      return Object.fromEntries(entries) as SiteSettings;
    },
  }),
];
