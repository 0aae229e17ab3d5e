/**
 * A key for the API's Idempotency-Key header: one per form instance, so a double submit (or a retry after
 * a lost answer) makes one record. crypto.getRandomValues works on plain http too, unlike randomUUID.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
