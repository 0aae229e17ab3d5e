import { useCallback, useState } from 'react';
import { apiFetch, applyFieldErrors, type FieldsSetter } from '@jrpt/portal-kit';
import { IDEMPOTENCY_HEADER, newIdempotencyKey } from './idempotency';

/**
 * A form's one POST that creates a record: one Idempotency-Key per form instance (a second click or a
 * retry gets the first record back), `sending` to disable the button, the API's field errors on the
 * fields and any other error kept for the form to show.
 */
export function useCreate<TBody, TResult>(url: string, form: FieldsSetter, fields: readonly string[]) {
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<TResult | null>(null);
  const submit = useCallback(
    async (body: TBody) => {
      setSending(true);
      setError(null);
      try {
        const result = await apiFetch<TResult>(url, {
          method: 'POST',
          body,
          headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
        });
        setCreated(result);
        return result;
      } catch (e) {
        if (!applyFieldErrors(form, e, fields)) setError(e);
        return null;
      } finally {
        setSending(false);
      }
    },
    [url, form, fields, idempotencyKey],
  );
  return { submit, sending, error, created };
}
