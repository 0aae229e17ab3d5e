import type { HttpError } from '@refinedev/core';
import type { FormInstance } from 'antd';

/** "regionIds.0" → ['regionIds', 0]: the API's field path as an antd name path. */
export function fieldPath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Refine's useForm puts the API's field messages on the fields; on a long form the first one may be out of
 * sight, so bring it into view.
 */
export function scrollToServerError(form: FormInstance | undefined, error: HttpError) {
  const first = Object.keys(error.errors ?? {})[0];
  if (form && first) form.scrollToField(fieldPath(first), { block: 'center', behavior: 'smooth' });
}

/** Puts the API's per-field messages on a plain antd form (Refine's useForm does this by itself). */
export function setServerErrors(form: FormInstance, error: HttpError) {
  form.setFields(
    Object.entries(error.errors ?? {}).flatMap(([name, value]) => {
      const errors = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
      return errors.length ? [{ name: fieldPath(name), errors }] : [];
    }),
  );
}
