/** Versioned agreement texts and the consents borrowers give to them (the consent ledger). */
import type { Knex } from 'knex';
import type { Agreement, AgreementCode } from '@jrpt/contracts';
import { toIso } from '../../db/knex.js';

interface AgreementRow {
  id: number;
  code: string;
  version: number;
  title: string;
  body: string;
  published_at: unknown;
}

async function latestRow(db: Knex | Knex.Transaction, code: AgreementCode) {
  return (await db('agreements').where({ code }).orderBy('version', 'desc').first()) as
    AgreementRow | undefined;
}

export async function getLatestAgreement(db: Knex, code: AgreementCode): Promise<Agreement | null> {
  const row = await latestRow(db, code);
  if (!row) return null;
  return {
    code: row.code,
    version: row.version,
    title: row.title,
    body: row.body,
    publishedAt: toIso(row.published_at),
  };
}

/**
 * Records that an account accepted the current version of an agreement, for a subject
 * (`registration`, `loan_application` #id, ...). Call it in the transaction of the use case.
 */
export async function recordConsent(
  trx: Knex | Knex.Transaction,
  opts: {
    accountId: number;
    code: AgreementCode;
    subjectType: string;
    subjectId?: number | null;
    ip?: string | null;
    now: Date;
  },
): Promise<{ consentId: number; agreementId: number; version: number }> {
  const agreement = await latestRow(trx, opts.code);
  if (!agreement) throw new Error(`agreement ${opts.code} has no published version`);
  const [consentId] = await trx('consents').insert({
    account_id: opts.accountId,
    agreement_id: agreement.id,
    subject_type: opts.subjectType,
    subject_id: opts.subjectId ?? null,
    accepted_at: opts.now,
    ip: opts.ip?.slice(0, 64) ?? null,
  });
  return { consentId, agreementId: agreement.id, version: agreement.version };
}
