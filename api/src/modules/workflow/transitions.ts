/**
 * The one way a workflow record changes status: in the caller's transaction, a conditional update on
 * (id, status, version) so of two staff acting at once exactly one wins, then a status_events row, the
 * audit log, a message to the borrower and the home-page aggregates.
 */
import type { Request } from 'express';
import type { Knex } from 'knex';
import {
  findTransition,
  formatWan,
  subjectLink,
  type SubjectType,
  type WorkflowActor,
} from '@jrpt/contracts';
import type { Principal } from '../../app-deps.js';
import { conflict, fieldError, forbidden, notFound } from '../../http/errors.js';
import { writeAudit } from '../audit/audit.js';
import { bumpStat } from '../home/stats.js';
import { notify } from './notify.js';
import { SUBJECTS } from './subjects.js';

/** The workflow actor a principal is: borrowers, institution staff, the office; the government never acts. */
export function actorOf(principal: Pick<Principal, 'role'>): WorkflowActor | null {
  switch (principal.role) {
    case 'personal':
    case 'enterprise':
      return 'borrower';
    case 'institution':
      return 'institution';
    case 'office':
      return 'office';
    default:
      return null;
  }
}

export interface TransitionInput {
  subjectType: SubjectType;
  id: number;
  action: string;
  principal: Principal;
  /** The version the caller saw; when given and stale → 409. */
  version?: number;
  /** 授信/放款金额 (yuan) for transitions that need an amount. */
  amountYuan?: number;
  reasonCode?: string;
  note?: string;
  /** More columns to set with the status (e.g. responded_at, product_id, assigned_institution_id). */
  extraUpdates?: Record<string, unknown>;
  /** The institution concerned, for the timeline; the acting staff member's by default. */
  institutionId?: number | null;
  /** How the borrower's message names the record, e.g. `甘肃银行“抗疫贷”，申请金额100万元`. */
  describe: string;
  /** Override the borrower's message text (null: send none). */
  message?: { title: string; body: string } | null;
  now: Date;
  req?: Request;
}

export interface TransitionResult {
  from: string;
  to: string;
  version: number;
  accountId: number;
}

interface WorkflowRow {
  id: number;
  account_id: number;
  status: string;
  version: number;
}

export async function applyTransition(
  trx: Knex.Transaction,
  input: TransitionInput,
): Promise<TransitionResult> {
  const subject = SUBJECTS[input.subjectType];
  const row = (await trx(subject.table)
    .where('id', input.id)
    .first('id', 'account_id', 'status', 'version')) as WorkflowRow | undefined;
  if (!row) throw notFound(subject.label);
  const version = Number(row.version);
  if (input.version !== undefined && version !== input.version)
    throw conflict(`该${subject.label}已被他人处理，请刷新后重试`, 'stale_version');

  const actionLabel = subject.actionLabels[input.action] ?? input.action;
  const transition = findTransition(subject.transitions, row.status, input.action);
  if (!transition) {
    throw conflict(
      `${subject.label}当前状态为“${subject.statusLabels[row.status] ?? row.status}”，不能执行“${actionLabel}”操作`,
      'illegal_transition',
    );
  }
  const actor = actorOf(input.principal);
  if (!actor || !transition.by.includes(actor))
    throw forbidden(`您无权对${subject.label}执行“${actionLabel}”操作`);

  const updates: Record<string, unknown> = {};
  if (transition.needs === 'amount') {
    if (input.amountYuan === undefined || input.amountYuan <= 0)
      throw fieldError('amountWan', `请填写${transition.to === 'disbursed' ? '放款' : '授信'}金额`);
  }
  if (transition.needs === 'reason') {
    if (!input.reasonCode) throw fieldError('reasonCode', '请选择原因');
    if (!input.note) throw fieldError('note', '请填写说明');
  }
  if (transition.to === 'credit_granted') updates.credit_amount_yuan = input.amountYuan;
  if (transition.to === 'disbursed') updates.disbursed_amount_yuan = input.amountYuan;
  if (input.reasonCode) updates.reason_code = input.reasonCode;
  if (input.note) updates.note = input.note;

  const changed = await trx(subject.table)
    .where({ id: input.id, status: row.status, version })
    .update({
      ...updates,
      ...input.extraUpdates,
      status: transition.to,
      version: version + 1,
      updated_at: input.now,
    });
  if (changed === 0) throw conflict(`该${subject.label}已被他人处理，请刷新后重试`, 'stale_version');

  const amountYuan = transition.needs === 'amount' ? (input.amountYuan ?? null) : null;
  const institutionId =
    input.institutionId !== undefined ? input.institutionId : input.principal.institutionId;
  await trx('status_events').insert({
    subject_type: subject.type,
    subject_id: input.id,
    action: input.action,
    from_status: row.status,
    to_status: transition.to,
    reason_code: input.reasonCode ?? null,
    note: input.note ?? null,
    amount_yuan: amountYuan,
    institution_id: institutionId ?? null,
    actor_account_id: input.principal.accountId,
    actor_role: input.principal.role,
    created_at: input.now,
  });

  await writeAudit(
    trx,
    {
      principal: input.principal,
      action: `${subject.type}.${input.action}`,
      entityType: subject.table,
      entityId: input.id,
      before: { status: row.status, version },
      after: {
        status: transition.to,
        version: version + 1,
        amountYuan,
        reasonCode: input.reasonCode ?? null,
        note: input.note ?? null,
        ...input.extraUpdates,
      },
      req: input.req,
    },
    input.now,
  );

  if (transition.to === 'credit_granted' && amountYuan !== null) {
    await bumpStat(trx, 'credit_count', 1);
    await bumpStat(trx, 'credit_amount_yuan', amountYuan);
  }
  if (transition.to === 'disbursed' && amountYuan !== null) {
    await bumpStat(trx, 'financed_count', 1);
    await bumpStat(trx, 'financed_amount_yuan', amountYuan);
  }

  const accountId = Number(row.account_id);
  if (input.message !== null) {
    const toLabel = subject.statusLabels[transition.to] ?? transition.to;
    // A transition that keeps the status (派单, 退回) is told by its action.
    const outcome = transition.to === row.status ? `已${actionLabel}` : toLabel;
    const parts = [`您的${subject.label}（${input.describe}）${outcome}。`];
    if (amountYuan !== null)
      parts.push(`${transition.to === 'disbursed' ? '放款' : '授信'}金额${formatWan(amountYuan)}万元。`);
    if (input.reasonCode) parts.push(`原因：${subject.reasonLabels[input.reasonCode] ?? input.reasonCode}。`);
    if (input.note) parts.push(`说明：${input.note}`);
    const text = input.message ?? { title: `${subject.label}${outcome}`, body: parts.join('') };
    await notify(
      trx,
      accountId,
      { ...text, link: subjectLink(subject.type, input.id), subjectType: subject.type, subjectId: input.id },
      input.now,
    );
  }
  return { from: row.status, to: transition.to, version: version + 1, accountId };
}
