import { z } from 'zod';

/** 首页 figures, read from maintained aggregates (never a COUNT per request). */
export const homeStats = z.object({
  registeredUsers: z.number().int().meta({ title: '注册用户数' }),
  listedProducts: z.number().int().meta({ title: '金融产品' }),
  creditCount: z.number().int().meta({ title: '累计授信（笔）' }),
  creditAmountYuan: z.number().int().meta({ title: '累计授信（元）' }),
  financedCount: z.number().int().meta({ title: '助力小微企业融资（笔）' }),
  financedAmountYuan: z.number().int().meta({ title: '助力小微企业融资（元）' }),
});
export type HomeStats = z.infer<typeof homeStats>;

export const agreement = z.object({
  code: z.string(),
  version: z.number().int(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string(),
});
export type Agreement = z.infer<typeof agreement>;

/** Site texts (city name, hotline, addresses) are settings, not code. */
export const siteSettings = z.object({
  platformName: z.string(),
  cityName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  contactFax: z.string(),
  renewalHotline: z.string(),
  renewalAddress: z.string(),
  /** 首贷 help line (§2.10: 如多次认证失败，请联系平台工作人员). */
  firstLoanHotline: z.string(),
});
export type SiteSettings = z.infer<typeof siteSettings>;
