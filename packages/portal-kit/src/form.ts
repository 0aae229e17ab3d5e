/**
 * Glue between the zod contracts, the API's field errors and antd forms, without importing antd
 * (the types below are the parts of antd's Form API used here).
 */
import { ApiError } from './api.js';

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

/** Any antd FormInstance<T>: its setFields takes FieldData<T>[], whose names T narrows. */
export interface FieldsSetter {
  setFields(fields: never[]): void;
}

/** Anything with zod's safeParse; field schemas from @jrpt/contracts fit. */
export interface FieldSchema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: { message: string }[] } };
}

/** "applicant.phone" → ['applicant', 'phone'], "items.0.name" → ['items', 0, 'name'] */
export function fieldPath(path: string): (string | number)[] {
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Shows an ApiError's per-field messages on the form's fields. Returns true when at least one field
 * message was shown (so the caller need not repeat it in a toast), false otherwise.
 */
export function applyFieldErrors(
  form: FieldsSetter,
  error: unknown,
  knownFields?: readonly string[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  const entries = Object.entries(error.fields).filter(
    ([path]) => !knownFields || knownFields.includes(path.split('.')[0]),
  );
  if (entries.length === 0) return false;
  const fields: FieldError[] = entries.map(([path, message]) => ({
    name: fieldPath(path),
    errors: [message],
  }));
  (form.setFields as (fields: FieldError[]) => void).call(form, fields);
  return true;
}

/**
 * An antd rule that validates a field with its contract schema, so the form says exactly what the
 * API would. Empty strings count as "not filled in", as the API sees a missing field.
 */
export function zodRule(schema: FieldSchema) {
  return {
    validator: async (_rule: unknown, value: unknown): Promise<void> => {
      const input = typeof value === 'string' && value.trim() === '' ? undefined : value;
      const result = schema.safeParse(input);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '填写不正确');
    },
  };
}
