import { z } from 'zod';

export const pageQuery = z.object({
  page: z.coerce
    .number({ error: '页码必须是数字' })
    .int({ error: '页码必须是整数' })
    .min(1, { error: '页码至少为1' })
    .max(100000, { error: '页码过大' })
    .default(1),
  pageSize: z.coerce
    .number({ error: '每页条数必须是数字' })
    .int({ error: '每页条数必须是整数' })
    .min(1, { error: '每页条数至少为1' })
    .max(100, { error: '每页条数不能超过100' })
    .default(10),
});
export type PageQuery = z.infer<typeof pageQuery>;

export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };

/** The one error shape of the API. `fields` maps a field path ("applicant.phone") to its message. */
export const apiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    requestId: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof apiError>;

export const okResult = z.object({ ok: z.literal(true) });
