/**
 * The audit log: every state change writes one row (who, what, when, before/after) in the same
 * transaction as the change itself, so a change and its record commit or roll back together.
 */
import type { Request } from 'express';
import type { Knex } from 'knex';
import type { Role } from '@jrpt/contracts';
import type { Principal } from '../../app-deps.js';

/** Keys whose values never reach the log, at any depth. */
const SECRET_KEYS = /pass(word)?|hash|secret|token|captcha|smscode|code_hash|idnumber|id_number|idcard/i;
const MAX_TEXT = 60_000;

export interface AuditEntry {
  /** Who acted; null for an anonymous action (then `actor` may name the account it concerns, e.g. registration). */
  principal: Pick<Principal, 'accountId' | 'role'> | null;
  /** Dotted verb, e.g. `product.create`, `product.approve`, `auth.login`. */
  action: string;
  /** Table-level name of the thing changed, e.g. `products`, `accounts`. */
  entityType: string;
  entityId: number | string | null;
  before?: unknown;
  after?: unknown;
  /** The request, for the client IP and the request id. */
  req?: Request;
}

function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] = SECRET_KEYS.test(k) ? '[已隐藏]' : redact(v, depth + 1);
  return out;
}

function serialise(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(redact(value));
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

export async function writeAudit(trx: Knex | Knex.Transaction, entry: AuditEntry, now: Date = new Date()) {
  await trx('audit_logs').insert({
    actor_account_id: entry.principal?.accountId ?? null,
    actor_role: (entry.principal?.role ?? null) as Role | null,
    action: entry.action.slice(0, 64),
    entity_type: entry.entityType.slice(0, 64),
    entity_id: entry.entityId === null ? null : String(entry.entityId).slice(0, 64),
    before_text: serialise(entry.before),
    after_text: serialise(entry.after),
    ip: entry.req?.ip?.slice(0, 64) ?? null,
    request_id: entry.req ? String(entry.req.id ?? '').slice(0, 64) || null : null,
    created_at: now,
  });
}
