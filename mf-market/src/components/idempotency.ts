/**
 * An Idempotency-Key for one form instance: a repeat of the same submit (a double click, a retry after a
 * lost answer) makes one record. getRandomValues, unlike randomUUID, also works on a plain-http origin.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
