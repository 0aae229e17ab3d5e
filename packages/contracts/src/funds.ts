import { z } from 'zod';
import { optionalText } from './fields.js';
import { pageQuery } from './common.js';

/** 投资机构 / 基金 (股权融资): a fund managed by an institution of type 投资机构. */
export const fund = z.object({
  id: z.number().int(),
  name: z.string(),
  institutionId: z.number().int(),
  institutionName: z.string().meta({ title: '投资机构' }),
  establishedOn: z.string().nullable().meta({ title: '成立时间', description: 'YYYY-MM-DD' }),
  scaleYuan: z.number().int().nullable().meta({ title: '管理规模（元）' }),
  investmentFields: z.string().nullable().meta({ title: '投资领域' }),
  intro: z.string().nullable().meta({ title: '基金简介' }),
});
export type Fund = z.infer<typeof fund>;

export const fundQuery = pageQuery.extend({ keyword: optionalText('关键词', 50) });
export type FundQuery = z.infer<typeof fundQuery>;
