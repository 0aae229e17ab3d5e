/** What creating any application shares: the consent, the response clock, the first timeline row, the message. */
import type { Request } from 'express';
import type { Knex } from 'knex';
import { subjectLink, type SubjectType } from '@jrpt/contracts';
import type { AppDeps, Principal } from '../../app-deps.js';
import { fieldError } from '../../http/errors.js';
import { writeAudit } from '../audit/audit.js';
import { recordConsent } from '../agreements/agreements.js';
import { beijingDate, respondBy } from '../workflow/clock.js';
import { notify } from '../workflow/notify.js';
import { recordSubmitted } from '../workflow/timeline.js';

const formatBeijing = (d: Date) =>
  `${beijingDate(d)} ${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)}`;

/**
 * Inserts an application (status 未受理, version 1, its response deadline), records the data authorization
 * consent for it, the 提交 timeline row, the audit entry and the borrower's message. Returns its id.
 */
export async function insertApplication(
  trx: Knex.Transaction,
  deps: AppDeps,
  opts: {
    table: string;
    subjectType: SubjectType;
    label: string;
    principal: Principal;
    institutionId: number;
    columns: Record<string, unknown>;
    describe: string;
    now: Date;
    req: Request;
  },
): Promise<number> {
  const { principal, now } = opts;
  const due = await respondBy(trx, now, deps.config.responseWorkingDays);
  const [rawId] = await trx(opts.table).insert({
    ...opts.columns,
    account_id: principal.accountId,
    institution_id: opts.institutionId,
    status: 'submitted',
    version: 1,
    credit_amount_yuan: null,
    disbursed_amount_yuan: null,
    reason_code: null,
    note: null,
    consent_id: null,
    respond_by: due,
    overdue_at: null,
    responded_at: null,
    created_at: now,
    updated_at: now,
  });
  const id = Number(rawId);
  const consent = await recordConsent(trx, {
    accountId: principal.accountId,
    code: 'data_authorization',
    subjectType: opts.subjectType,
    subjectId: id,
    ip: opts.req.ip ?? null,
    now,
  });
  await trx(opts.table).where('id', id).update({ consent_id: consent.consentId });
  await recordSubmitted(trx, {
    subjectType: opts.subjectType,
    subjectId: id,
    status: 'submitted',
    institutionId: opts.institutionId,
    actor: principal,
    now,
  });
  await writeAudit(
    trx,
    {
      principal,
      action: `${opts.subjectType}.submit`,
      entityType: opts.table,
      entityId: id,
      after: { ...opts.columns, institutionId: opts.institutionId, consentVersion: consent.version },
      req: opts.req,
    },
    now,
  );
  await notify(
    trx,
    principal.accountId,
    {
      title: `${opts.label}已提交`,
      body: `您的${opts.label}（${opts.describe}）已提交，机构将在${formatBeijing(due)}前受理或答复。`,
      link: subjectLink(opts.subjectType, id),
      subjectType: opts.subjectType,
      subjectId: id,
    },
    now,
  );
  return id;
}

export async function requireInstitution(
  db: Knex | Knex.Transaction,
  field: string,
  label: string,
  id: number,
) {
  const row = (await db('institutions').where('id', id).first('id', 'name')) as
    { id: number; name: string } | undefined;
  if (!row) throw fieldError(field, `${label}不存在`);
  return row;
}

export async function requireRegion(db: Knex | Knex.Transaction, id: number) {
  const row = await db('regions').where('id', id).first('id');
  if (!row) throw fieldError('regionId', '所属区域不存在');
}

/** A loan's 到期日 that has passed cannot be renewed or bridged any more. */
export function requireNotPast(field: string, label: string, date: string, now: Date) {
  if (date < beijingDate(now)) throw fieldError(field, `${label}不能早于今天`);
}
