/**
 * Admin lists follow Refine's simple-rest conventions: `_start`/`_end` (a window of rows), `_sort`/`_order`
 * (comma-separated for several sorters), filters as `field=value` or `field_like=text`, and the total in
 * the `X-Total-Count` header. This module turns the first four into a checked window and order.
 */
import type { Response } from 'express';
import { z } from 'zod';
import { fieldError } from './errors.js';

const MAX_ROWS = 500;

const offset = (label: string) =>
  z.coerce
    .number({ error: `${label}必须是数字` })
    .int({ error: `${label}必须是整数` })
    .min(0, { error: `${label}不能为负数` })
    .max(10_000_000, { error: `${label}过大` });

export const simpleRestQuery = z.object({
  _start: offset('起始行(_start)').default(0),
  _end: offset('结束行(_end)').default(10),
  _sort: z.string({ error: '排序字段(_sort)必须是文字' }).max(200).optional(),
  _order: z.string({ error: '排序方向(_order)必须是文字' }).max(200).optional(),
});
export type SimpleRestQuery = z.infer<typeof simpleRestQuery>;

/** A filter that may be given once (`status=a`) or repeated (`status=a&status=b`, Refine's `in`). */
export function oneOrMany<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (v) => (v === undefined || Array.isArray(v) ? v : [v]),
    z.array(item).max(20).optional(),
  );
}

export interface ListWindow {
  offset: number;
  limit: number;
  orderBy: { column: string; order: 'asc' | 'desc' }[];
}

/**
 * `sortable` maps the API's field names (what Refine sends) to SQL columns; anything else is a 400
 * naming `_sort`. The row id is always the last tie-breaker so pages never overlap.
 */
export function listWindow(
  query: SimpleRestQuery,
  sortable: Record<string, string>,
  fallback: { column: string; order: 'asc' | 'desc' },
  idColumn: string,
): ListWindow {
  if (query._end < query._start) throw fieldError('_end', '结束行(_end)不能小于起始行(_start)');
  const limit = query._end - query._start;
  if (limit > MAX_ROWS) throw fieldError('_end', `每次最多读取${MAX_ROWS}行`);
  const fields = query._sort ? query._sort.split(',').map((s) => s.trim()) : [];
  const orders = query._order ? query._order.split(',').map((s) => s.trim().toLowerCase()) : [];
  const orderBy: ListWindow['orderBy'] = [];
  fields.forEach((field, i) => {
    const column = Object.hasOwn(sortable, field) ? sortable[field] : undefined;
    if (!column)
      throw fieldError('_sort', `不支持按“${field}”排序，可选：${Object.keys(sortable).join('、')}`);
    const order = orders[i] ?? orders[0] ?? 'asc';
    if (order !== 'asc' && order !== 'desc') throw fieldError('_order', '排序方向(_order)只能是 asc 或 desc');
    orderBy.push({ column, order });
  });
  if (orderBy.length === 0) orderBy.push(fallback);
  if (!orderBy.some((o) => o.column === idColumn))
    orderBy.push({ column: idColumn, order: orderBy[0].order });
  return { offset: query._start, limit, orderBy };
}

export function setTotalCount(res: Response, total: number) {
  res.setHeader('X-Total-Count', String(total));
  res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
}

export const TOTAL_COUNT_HEADER = { 'X-Total-Count': '符合条件的总行数' };

const instant = (label: string) =>
  z.iso
    .datetime({ offset: true, error: `${label}必须是ISO时间，如 2026-12-01T00:00:00+08:00` })
    .transform((v) => new Date(v))
    .optional();

/** Refine's `gte`/`lte` operators on the creation time (申请时间, 发布时间): `createdAt_gte=…&createdAt_lte=…`. */
export const createdRangeQuery = z.object({
  createdAt_gte: instant('开始时间(createdAt_gte)'),
  createdAt_lte: instant('结束时间(createdAt_lte)'),
});
export type CreatedRange = { createdFrom?: Date; createdTo?: Date };
export const createdRange = (q: z.infer<typeof createdRangeQuery>): CreatedRange => ({
  createdFrom: q.createdAt_gte,
  createdTo: q.createdAt_lte,
});
