import { homeStats, type HomeStats } from '@jrpt/contracts';
import { defineRoute, PUBLIC } from '../../http/route.js';
import { readStats } from './stats.js';

export const homeRoutes = [
  defineRoute({
    method: 'get',
    path: '/home/stats',
    summary: '首页数据（注册用户数、金融产品、累计授信、助力小微企业融资）',
    tags: ['首页'],
    access: PUBLIC,
    response: homeStats,
    handler: async ({ deps }): Promise<HomeStats> => {
      const s = await readStats(deps.db);
      return {
        registeredUsers: s.registered_users,
        listedProducts: s.listed_products,
        creditCount: s.credit_count,
        creditAmountYuan: s.credit_amount_yuan,
        financedCount: s.financed_count,
        financedAmountYuan: s.financed_amount_yuan,
      };
    },
  }),
];
