/**
 * Page state kept in the URL's search params, read and written through a contract's query schema,
 * so a back button, a reload or a shared link shows the same list the API is asked for.
 */
import type { z } from 'zod';

export type QuerySchema = z.ZodObject<Record<string, z.ZodType>>;

/**
 * The schema's fields read from the params: a value its field schema rejects (a hand-edited or stale
 * link) falls back to the field's default, or is left out.
 */
export function readSearch<S extends QuerySchema>(schema: S, params: URLSearchParams): z.output<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const raw = params.get(key);
    const parsed = raw !== null && raw !== '' ? field.safeParse(raw) : undefined;
    const value = parsed?.success ? parsed.data : defaultOf(field);
    if (value !== undefined) out[key] = value;
  }
  return out as z.output<S>;
}

function defaultOf(field: z.ZodType): unknown {
  const parsed = field.safeParse(undefined);
  return parsed.success ? parsed.data : undefined;
}

/** The params for `values`, leaving out empty values and values equal to the field's default. */
export function writeSearch<S extends QuerySchema>(schema: S, values: Partial<z.output<S>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = (values as Record<string, unknown>)[key];
    if (value === undefined || value === null || value === '') continue;
    if (value === defaultOf(field)) continue;
    params.set(key, String(value));
  }
  return params;
}

/**
 * `current` changed by `patch`; any change other than the page itself goes back to page 1 (the old
 * page number means nothing in a different result).
 */
export function patchSearch<T extends Record<string, unknown>>(current: T, patch: Partial<T>): T {
  const next: Record<string, unknown> = { ...current, ...patch };
  const onlyPage = Object.keys(patch).every((k) => k === 'page' || k === 'pageSize');
  if (!onlyPage && 'page' in next) next.page = 1;
  return next as T;
}
