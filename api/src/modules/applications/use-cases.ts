/** What borrowers and staff do with an application of any kind: read it, withdraw it, move it along. */
import type { Request } from 'express';
import {
  APPLICATION_TRANSITIONS,
  findTransition,
  formatWan,
  type ApplicationStatus,
  wanToYuan,
  type ApplicationTransitionRequest,
  type WithdrawRequest,
} from '@jrpt/contracts';
import type { AppDeps, Principal } from '../../app-deps.js';
import { fieldError, notFound } from '../../http/errors.js';
import { institutionScope } from '../../http/staff-scope.js';
import { beijingDate } from '../workflow/clock.js';
import { applyTransition } from '../workflow/transitions.js';
import type { ApplicationKindDef } from './kinds.js';
import { findRecord, type DetailRow } from './repository.js';
import { viewerOf, type Viewer } from './views.js';

export type DetailBuilder<D> = (
  deps: AppDeps,
  def: ApplicationKindDef,
  row: DetailRow,
  viewer: Viewer,
) => Promise<D>;

/** The borrower's own record; anyone else's is 404, as if it did not exist. */
export async function ownDetail<D>(
  deps: AppDeps,
  def: ApplicationKindDef,
  build: DetailBuilder<D>,
  principal: Principal,
  id: number,
): Promise<D> {
  const row = await findRecord(deps.db, def, id, { accountId: principal.accountId });
  if (!row) throw notFound(def.label);
  return build(deps, def, row, viewerOf(principal));
}

/** A record as staff see it; institution staff reaching another institution's get 404. */
export async function staffDetail<D>(
  deps: AppDeps,
  def: ApplicationKindDef,
  build: DetailBuilder<D>,
  principal: Principal,
  id: number,
): Promise<D> {
  const row = await findRecord(deps.db, def, id, { institutionId: institutionScope(principal) });
  if (!row) throw notFound(def.label);
  return build(deps, def, row, viewerOf(principal));
}

/** 撤销: the applicant withdraws while 未受理. */
export async function withdrawApplication<D>(
  deps: AppDeps,
  def: ApplicationKindDef,
  build: DetailBuilder<D>,
  principal: Principal,
  id: number,
  body: WithdrawRequest,
  req: Request,
): Promise<D> {
  await deps.db.transaction(async (trx) => {
    const row = await findRecord(trx, def, id, { accountId: principal.accountId });
    if (!row) throw notFound(def.label);
    await applyTransition(trx, {
      subjectType: def.subjectType,
      id,
      action: 'withdraw',
      principal,
      version: body.version,
      describe: def.describe(row),
      now: deps.now(),
      req,
    });
  });
  return ownDetail(deps, def, build, principal, id);
}

/** YYYY-MM-DD `months` calendar months after `date` (the 31st becomes the month's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * 受理 / 授信 / 放款 / 不予通过 by the institution the application is addressed to. Credit may not exceed
 * the kind's limit, a disbursement not the credit granted (400 naming amountWan).
 */
export async function transitionAsStaff<D>(
  deps: AppDeps,
  def: ApplicationKindDef,
  build: DetailBuilder<D>,
  principal: Principal,
  id: number,
  body: ApplicationTransitionRequest,
  req: Request,
): Promise<D> {
  await deps.db.transaction(async (trx) => {
    const row = await findRecord(trx, def, id, { institutionId: institutionScope(principal) });
    if (!row) throw notFound(def.label);
    const now = deps.now();
    const amountYuan = body.amountWan === undefined ? undefined : wanToYuan(body.amountWan);
    const extraUpdates: Record<string, unknown> = {};
    // Limits only for a legal move: an illegal one is refused as such by applyTransition.
    const legal = findTransition(APPLICATION_TRANSITIONS, row.status as ApplicationStatus, body.action);
    if (legal && body.action === 'grant_credit' && amountYuan !== undefined) {
      const limit = def.creditLimit(row);
      if (amountYuan > limit.yuan) throw fieldError('amountWan', limit.message);
    }
    if (legal && body.action === 'disburse' && amountYuan !== undefined) {
      const credit = Number(row.credit_amount_yuan ?? 0);
      if (amountYuan > credit)
        throw fieldError('amountWan', `放款金额不能超过授信金额${formatWan(credit)}万元`);
      if (def.matures && row.term_months !== null)
        extraUpdates.matures_on = addMonths(beijingDate(now), Number(row.term_months));
    }
    if ((body.action === 'accept' || body.action === 'reject') && row.responded_at === null)
      extraUpdates.responded_at = now;
    await applyTransition(trx, {
      subjectType: def.subjectType,
      id,
      action: body.action,
      principal,
      version: body.version,
      amountYuan,
      reasonCode: body.reasonCode,
      note: body.note,
      extraUpdates,
      institutionId: Number(row.institution_id),
      describe: def.describe(row),
      now,
      req,
    });
  });
  return staffDetail(deps, def, build, principal, id);
}
