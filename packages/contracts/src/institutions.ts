import { z } from 'zod';
import { id, oneOf, optionalText, text } from './fields.js';
import { INSTITUTION_TYPES, INSTITUTION_TYPE_LABELS } from './enums.js';
import { pageQuery } from './common.js';

export const region = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type Region = z.infer<typeof region>;
export const industry = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type Industry = z.infer<typeof industry>;

export const institution = z.object({
  id: z.number().int(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: z.enum(INSTITUTION_TYPES),
  logoUrl: z.string().nullable(),
  intro: z.string().nullable(),
  address: z.string().nullable(),
  contactPhone: z.string().nullable(),
  website: z.string().nullable(),
  regions: z.array(region),
  productCount: z.number().int(),
  createdAt: z.string(),
});
export type Institution = z.infer<typeof institution>;

/** 金融机构 directory: filter by 服务区域 and 机构类型. */
export const institutionQuery = pageQuery.extend({
  type: oneOf('机构类型', INSTITUTION_TYPES, INSTITUTION_TYPE_LABELS).optional(),
  regionId: id('服务区域').optional(),
  name: optionalText('机构名称', 50),
});
export type InstitutionQuery = z.infer<typeof institutionQuery>;

/** Office staff's institution form. */
export const institutionInput = z.object({
  name: text('机构名称', { min: 2, max: 100 }),
  shortName: optionalText('机构简称', 30),
  type: oneOf('机构类型', INSTITUTION_TYPES, INSTITUTION_TYPE_LABELS),
  intro: optionalText('机构简介', 2000),
  address: optionalText('地址', 200),
  contactPhone: optionalText('联系电话', 30),
  website: optionalText('网址', 200),
  regionIds: z
    .array(id('服务区域'), { error: '请选择服务区域' })
    .min(1, { error: '请至少选择一个服务区域' })
    .max(50),
});
export type InstitutionInput = z.infer<typeof institutionInput>;

/** Edits replace every field of the form; `version`, when sent, must be the one the editor loaded (stale → 409). */
export const institutionUpdate = institutionInput.extend({
  version: z.number({ error: '版本号必须是数字' }).int({ error: '版本号必须是整数' }).min(1).optional(),
});
export type InstitutionUpdate = z.infer<typeof institutionUpdate>;

export const adminInstitution = institution.extend({ updatedAt: z.string(), version: z.number().int() });
export type AdminInstitution = z.infer<typeof adminInstitution>;
