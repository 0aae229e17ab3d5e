/**
 * 融资需求: publish (pool or named institutions, 首贷需求), withdraw, and the staff desk — 抢单, 派单, 受理,
 * 退回, 关联产品, 初审, 授信, 放款 — each one transaction through the workflow core (conditional update on
 * id/status/version, timeline, audit, message, stats).
 */
import type { Request } from 'express';
import type { Knex } from 'knex';
import {
  DEMAND_DESK_ACTION_LABELS,
  demandFieldErrors,
  formatWan,
  maskPhone,
  percentToBp,
  subjectLink,
  wanToYuan,
  type AdminDemandDetail,
  type AdminDemandRow,
  type DemandDetail,
  type DemandDispatchRequest,
  type DemandStaffAction,
  type DemandTransitionRequest,
  type FinancingDemandInput,
  type StatusEvent,
  type WithdrawRequest,
} from '@jrpt/contracts';
import type { AppDeps, Principal } from '../../app-deps.js';
import { toIsoOrNull } from '../../db/knex.js';
import { badRequest, conflict, fieldError, forbidden, HttpError, notFound } from '../../http/errors.js';
import { institutionScope, staffRoleOf } from '../../http/staff-scope.js';
import { writeAudit } from '../audit/audit.js';
import { firstLoanEligibility } from '../enterprise-authorizations/use-cases.js';
import { matchDemandOf } from '../recommendations/repository.js';
import { respondBy } from '../workflow/clock.js';
import { createOnce } from '../workflow/idempotency.js';
import { notify } from '../workflow/notify.js';
import { loadTimeline, recordSubmitted } from '../workflow/timeline.js';
import { applyTransition } from '../workflow/transitions.js';
import { borrowerTypeOf } from './borrower.js';
import {
  findDemandRow,
  isPooled,
  namedInstitutions,
  toAdminRow,
  toRecord,
  type DemandRow,
} from './repository.js';

const SUBJECT = 'financing_demand' as const;
const ALREADY_TAKEN = '该需求已被其他机构受理';

/** How messages name a demand: 融资金额100万元，期限12个月. */
const describe = (r: Pick<DemandRow, 'amount_yuan' | 'term_months'>) =>
  `融资金额${formatWan(Number(r.amount_yuan))}万元，期限${r.term_months}个月`;

/** Timeline labels the workflow core does not know (关联产品 changes no status). */
const withDeskLabels = (events: StatusEvent[]): StatusEvent[] =>
  events.map((e) =>
    e.action === 'attach_product' ? { ...e, actionLabel: DEMAND_DESK_ACTION_LABELS.attach_product } : e,
  );

// ---------------------------------------------------------------------------------------------------
// Borrowers

export async function publishDemand(
  deps: AppDeps,
  principal: Principal,
  input: FinancingDemandInput,
  key: string | null,
  req: Request,
): Promise<DemandDetail> {
  const borrowerType = borrowerTypeOf(principal);
  const problems = demandFieldErrors(input, borrowerType);
  const [first] = Object.entries(problems);
  if (first) throw fieldError(first[0], first[1]);
  // Validates 所属区域 and 期望机构 (400 naming the field).
  await matchDemandOf(deps.db, input, borrowerType);
  let uscc: string | null = null;
  if (borrowerType === 'enterprise') {
    const account = (await deps.db('accounts').where('id', principal.accountId).first('uscc')) as
      { uscc: string | null } | undefined;
    uscc = account?.uscc ?? null;
  }
  if (input.firstLoan) {
    const eligibility = await firstLoanEligibility(deps.db, principal);
    if (!eligibility.eligible)
      throw new HttpError(403, `first_loan_${eligibility.reason}`, eligibility.message ?? '不符合首贷条件');
    uscc = eligibility.authorization?.uscc ?? uscc;
  }
  const now = deps.now();
  const { id } = await createOnce(
    deps.db,
    { accountId: principal.accountId, key, subjectType: SUBJECT, now },
    async (trx) => {
      const institutionIds = [...new Set(input.institutionIds)];
      const row = {
        account_id: principal.accountId,
        borrower_type: borrowerType,
        channel: input.firstLoan ? 'first_loan' : 'market',
        amount_yuan: wanToYuan(input.amountWan),
        term_months: input.termMonths,
        purpose: input.purpose,
        method: input.method,
        rate_min_bp: percentToBp(input.rateMinPercent),
        rate_max_bp: percentToBp(input.rateMaxPercent),
        pool: institutionIds.length === 0,
        region_id: input.regionId,
        real_name: input.contactName,
        gender: input.gender,
        phone: input.contactPhone,
        enterprise_name: borrowerType === 'enterprise' ? (input.enterpriseName ?? null) : null,
        uscc,
        assigned_institution_id: null,
        assigned_at: null,
        claimed_by_institution_id: null,
        product_id: null,
        review_result: null,
        status: 'pending',
        version: 1,
        credit_amount_yuan: null,
        disbursed_amount_yuan: null,
        reason_code: null,
        note: null,
        consent_id: null,
        respond_by: await respondBy(trx, now, deps.config.responseWorkingDays),
        overdue_at: null,
        responded_at: null,
        created_at: now,
        updated_at: now,
      };
      const [inserted] = await trx('financing_demands').insert(row);
      const demandId = Number(inserted);
      if (institutionIds.length)
        await trx('demand_institutions').insert(
          institutionIds.map((institution_id) => ({
            demand_id: demandId,
            institution_id,
            declined_at: null,
            created_at: now,
          })),
        );
      await recordSubmitted(trx, {
        subjectType: SUBJECT,
        subjectId: demandId,
        status: 'pending',
        institutionId: null,
        actor: principal,
        now,
      });
      await writeAudit(
        trx,
        {
          principal,
          action: `${SUBJECT}.submit`,
          entityType: 'financing_demands',
          entityId: demandId,
          after: { ...row, institutionIds },
          req,
        },
        now,
      );
      const where = institutionIds.length
        ? '已发送至您选择的期望机构'
        : '已进入需求池，平台各金融机构均可受理';
      await notify(
        trx,
        principal.accountId,
        {
          title: input.firstLoan ? '首贷需求已发布' : '融资需求已发布',
          body: `您的${input.firstLoan ? '首贷需求' : '融资需求'}（${describe(row)}）${where}，请留意后续处理进度。`,
          link: subjectLink(SUBJECT, demandId),
          subjectType: SUBJECT,
          subjectId: demandId,
        },
        now,
      );
      return demandId;
    },
  );
  return getOwnDemand(deps, principal, id);
}

async function loadOwn(db: Knex | Knex.Transaction, principal: Principal, id: number): Promise<DemandRow> {
  const row = await findDemandRow(db, id);
  if (!row || Number(row.account_id) !== principal.accountId) throw notFound('融资需求');
  return row;
}

export async function getOwnDemand(deps: AppDeps, principal: Principal, id: number): Promise<DemandDetail> {
  const row = await loadOwn(deps.db, principal, id);
  const [named, timeline] = await Promise.all([
    namedInstitutions(deps.db, [id]),
    loadTimeline(deps.db, SUBJECT, id),
  ]);
  return {
    ...toRecord(row),
    regionId: Number(row.region_id),
    regionName: row.region_name,
    contactName: row.real_name,
    gender: row.gender,
    contactPhone: row.phone,
    enterpriseName: row.enterprise_name,
    expectedInstitutions: (named.get(id) ?? []).map(({ id: iid, name }) => ({ id: iid, name })),
    pooled: isPooled(row),
    respondBy: row.status === 'pending' ? toIsoOrNull(row.respond_by) : null,
    overdueAt: toIsoOrNull(row.overdue_at),
    timeline: withDeskLabels(timeline),
  };
}

export async function withdrawDemand(
  deps: AppDeps,
  principal: Principal,
  id: number,
  body: WithdrawRequest,
  req: Request,
): Promise<DemandDetail> {
  await deps.db.transaction(async (trx) => {
    const row = await loadOwn(trx, principal, id);
    await applyTransition(trx, {
      subjectType: SUBJECT,
      id,
      action: 'withdraw',
      principal,
      version: body.version,
      describe: describe(row),
      now: deps.now(),
      req,
    });
  });
  return getOwnDemand(deps, principal, id);
}

// ---------------------------------------------------------------------------------------------------
// Staff

interface Access {
  row: DemandRow;
  /** Institution staff: their institution; null for the office and the government. */
  institutionId: number | null;
  /** The institution is named (and has not declined). */
  named: boolean;
}

/** A demand as a staff member may reach it; anything not addressed to their institution is a 404. */
async function loadForStaff(db: Knex | Knex.Transaction, principal: Principal, id: number): Promise<Access> {
  const institutionId = institutionScope(principal);
  const row = await findDemandRow(db, id);
  if (!row) throw notFound('融资需求');
  if (institutionId === null) return { row, institutionId, named: false };
  const naming = (await db('demand_institutions')
    .where({ demand_id: id, institution_id: institutionId })
    .first('declined_at')) as { declined_at: unknown } | undefined;
  const named = naming !== undefined && (naming.declined_at === null || naming.declined_at === undefined);
  const assigned = row.assigned_institution_id !== null ? Number(row.assigned_institution_id) : null;
  const visible =
    assigned === institutionId ||
    (row.status === 'pending' && assigned === null && (Boolean(row.pool) || named));
  if (!visible) throw notFound('融资需求');
  return { row, institutionId, named };
}

async function declinedView(db: Knex, principal: Principal, id: number): Promise<Access> {
  const row = await findDemandRow(db, id);
  if (!row) throw notFound('融资需求');
  return { row, institutionId: institutionScope(principal), named: false };
}

/** The buttons a staff member gets on a demand (the API enforces the same rules). */
export function staffActionsFor(
  role: 'office' | 'institution' | 'government',
  a: Pick<Access, 'row' | 'institutionId' | 'named'>,
): DemandStaffAction[] {
  const { row } = a;
  const assigned = row.assigned_institution_id !== null ? Number(row.assigned_institution_id) : null;
  if (role === 'office') return row.status === 'pending' && assigned === null ? ['dispatch'] : [];
  if (role !== 'institution' || a.institutionId === null) return [];
  const mine = assigned === a.institutionId;
  switch (row.status) {
    case 'pending':
      if (mine || (assigned === null && a.named)) return ['accept', 'decline'];
      if (isPooled(row)) return ['claim'];
      return [];
    case 'accepted':
      return mine ? ['attach_product', 'review_pass', 'review_fail'] : [];
    case 'review_passed':
      return mine ? ['grant_credit'] : [];
    case 'credit_granted':
      return mine ? ['disburse'] : [];
    default:
      return [];
  }
}

export async function deskRows(
  db: Knex,
  principal: Principal,
  rows: DemandRow[],
  now: Date,
): Promise<AdminDemandRow[]> {
  const role = staffRoleOf(principal);
  const institutionId = institutionScope(principal);
  let namedBy = new Set<number>();
  if (institutionId !== null && rows.length) {
    const hits: { demand_id: number }[] = await db('demand_institutions')
      .whereIn(
        'demand_id',
        rows.map((r) => Number(r.id)),
      )
      .where('institution_id', institutionId)
      .whereNull('declined_at')
      .select('demand_id');
    namedBy = new Set(hits.map((h) => Number(h.demand_id)));
  }
  return rows.map((row) =>
    toAdminRow(row, staffActionsFor(role, { row, institutionId, named: namedBy.has(Number(row.id)) }), now),
  );
}

/**
 * A demand on the desk. `afterDecline`: the institution that just declined it gets the result once more,
 * though the demand is no longer addressed to it (phone masked, no actions).
 */
export async function getDeskDemand(
  deps: AppDeps,
  principal: Principal,
  id: number,
  afterDecline = false,
): Promise<AdminDemandDetail> {
  const access = afterDecline
    ? await declinedView(deps.db, principal, id)
    : await loadForStaff(deps.db, principal, id);
  const { row } = access;
  const role = staffRoleOf(principal);
  const [named, timeline] = await Promise.all([
    namedInstitutions(deps.db, [id]),
    loadTimeline(deps.db, SUBJECT, id),
  ]);
  // The phone in full to the office and to the institution the demand is given to; masked to the others.
  const holder =
    access.institutionId !== null && Number(row.assigned_institution_id) === access.institutionId;
  return {
    ...toAdminRow(row, staffActionsFor(role, access), deps.now()),
    gender: row.gender,
    contactPhone: role === 'office' || holder ? row.phone : maskPhone(row.phone),
    expectedInstitutions: named.get(id) ?? [],
    timeline: withDeskLabels(timeline),
  };
}

/** 抢单: the first institution to claim a pending demand it may see wins; the next gets 409. */
export async function claimDemand(
  deps: AppDeps,
  principal: Principal,
  id: number,
  req: Request,
): Promise<AdminDemandDetail> {
  await deps.db.transaction(async (trx) => {
    const { row, institutionId } = await loadForStaff(trx, principal, id).catch((err: unknown) => {
      // Someone else took it between the list and the click: say so rather than "not found".
      if (err instanceof HttpError && err.status === 404) return takenOrMissing(trx, id, err);
      throw err;
    });
    const assigned = row.assigned_institution_id !== null ? Number(row.assigned_institution_id) : null;
    if (row.status !== 'pending' || (assigned !== null && assigned !== institutionId))
      throw conflict(ALREADY_TAKEN, 'already_taken');
    await takeDemand(trx, deps, principal, row, 'claim', req);
  });
  return getDeskDemand(deps, principal, id);
}

async function takenOrMissing(trx: Knex.Transaction, id: number, err: HttpError): Promise<never> {
  const row = (await trx('financing_demands').where('id', id).first('status', 'pool')) as
    { status: string; pool: number | boolean } | undefined;
  if (row && row.status !== 'pending' && Boolean(row.pool)) throw conflict(ALREADY_TAKEN, 'already_taken');
  throw err;
}

/** 受理 / 抢单: the demand becomes this institution's (conditional update: of two at once, one wins). */
async function takeDemand(
  trx: Knex.Transaction,
  deps: AppDeps,
  principal: Principal,
  row: DemandRow,
  action: 'accept' | 'claim',
  req: Request,
  extra: Record<string, unknown> = {},
) {
  const now = deps.now();
  const institutionId = principal.institutionId as number;
  const institution = (await trx('institutions').where('id', institutionId).first('name')) as {
    name: string;
  };
  try {
    await applyTransition(trx, {
      subjectType: SUBJECT,
      id: Number(row.id),
      action,
      principal,
      version: Number(row.version),
      describe: describe(row),
      extraUpdates: {
        ...extra,
        assigned_institution_id: institutionId,
        assigned_at: now,
        responded_at: now,
        ...(action === 'claim' ? { claimed_by_institution_id: institutionId } : {}),
      },
      message: {
        title: '融资需求已受理',
        body: `您的融资需求（${describe(row)}）已由${institution.name}受理，机构将与您联系。`,
      },
      now,
      req,
    });
  } catch (err) {
    if (err instanceof HttpError && err.status === 409) throw conflict(ALREADY_TAKEN, 'already_taken');
    throw err;
  }
}

/** 派单: the office gives a pending, unassigned demand to one institution, with a fresh response clock. */
export async function dispatchDemand(
  deps: AppDeps,
  principal: Principal,
  id: number,
  body: DemandDispatchRequest,
  req: Request,
): Promise<AdminDemandDetail> {
  await deps.db.transaction(async (trx) => {
    const { row } = await loadForStaff(trx, principal, id);
    const target = (await trx('institutions').where('id', body.institutionId).first('id', 'name', 'type')) as
      { id: number; name: string; type: string } | undefined;
    if (!target) throw fieldError('institutionId', '派单机构不存在');
    if (target.type === 'fund') throw fieldError('institutionId', '投资机构不受理融资需求，请选择其他机构');
    if (row.status === 'pending' && row.assigned_institution_id !== null)
      throw conflict('该需求已派给其他机构，请等待其答复', 'already_dispatched');
    const now = deps.now();
    await applyTransition(trx, {
      subjectType: SUBJECT,
      id,
      action: 'dispatch',
      principal,
      version: body.version ?? Number(row.version),
      note: body.note,
      institutionId: Number(target.id),
      describe: describe(row),
      extraUpdates: {
        assigned_institution_id: Number(target.id),
        assigned_at: now,
        respond_by: await respondBy(trx, now, deps.config.responseWorkingDays),
        overdue_at: null,
      },
      message: {
        title: '融资需求已派单',
        body: `您的融资需求（${describe(row)}）已由金融办派给${target.name}，请等待机构受理。`,
      },
      now,
      req,
    });
  });
  return getDeskDemand(deps, principal, id);
}

async function ownProduct(trx: Knex.Transaction, productId: number, institutionId: number) {
  const product = (await trx('products').where('id', productId).first('id', 'institution_id', 'name')) as
    { id: number; institution_id: number; name: string } | undefined;
  if (!product) throw fieldError('productId', '归属产品不存在');
  if (Number(product.institution_id) !== institutionId)
    throw fieldError('productId', '归属产品须为本机构的产品');
  return product;
}

/** 受理, 退回, 关联产品, 初审通过/未通过, 授信, 放款 by the institution the demand is addressed to. */
export async function transitionDemand(
  deps: AppDeps,
  principal: Principal,
  id: number,
  body: DemandTransitionRequest,
  req: Request,
): Promise<AdminDemandDetail> {
  const declined = await deps.db.transaction(async (trx) => {
    const access = await loadForStaff(trx, principal, id);
    const { row } = access;
    if (Number(row.version) !== body.version)
      throw conflict('该融资需求已被他人处理，请刷新后重试', 'stale_version');
    if (staffRoleOf(principal) !== 'institution' || access.institutionId === null)
      throw forbidden(`您无权对融资需求执行“${DEMAND_DESK_ACTION_LABELS[body.action]}”操作`);
    const institutionId = access.institutionId;
    const allowed = staffActionsFor('institution', access);
    const now = deps.now();
    const base = {
      subjectType: SUBJECT,
      id,
      principal,
      version: body.version,
      reasonCode: body.reasonCode,
      note: body.note,
      describe: describe(row),
      now,
      req,
    };
    switch (body.action) {
      case 'accept': {
        if (row.status === 'pending' && !allowed.includes('accept') && !allowed.includes('claim'))
          throw conflict(ALREADY_TAKEN, 'already_taken');
        const product = body.productId ? await ownProduct(trx, body.productId, institutionId) : null;
        if (row.status !== 'pending') {
          // Let the state machine say why (409 naming the status).
          await applyTransition(trx, { ...base, action: 'accept' });
          return;
        }
        await takeDemand(trx, deps, principal, row, 'accept', req, product ? { product_id: product.id } : {});
        return;
      }
      case 'decline':
        await declineDemand(trx, deps, principal, access, body, req);
        return true;
      case 'attach_product': {
        if (row.status !== 'accepted' || !allowed.includes('attach_product'))
          throw conflict(`融资需求当前状态不能关联产品，仅已受理的需求可以关联`, 'illegal_transition');
        if (!body.productId) throw fieldError('productId', '请选择归属产品');
        const product = await ownProduct(trx, body.productId, institutionId);
        const changed = await trx('financing_demands')
          .where({ id, status: row.status, version: row.version })
          .update({ product_id: product.id, version: Number(row.version) + 1, updated_at: now });
        if (changed === 0) throw conflict('该融资需求已被他人处理，请刷新后重试', 'stale_version');
        await trx('status_events').insert({
          subject_type: SUBJECT,
          subject_id: id,
          action: 'attach_product',
          from_status: row.status,
          to_status: row.status,
          reason_code: null,
          note: body.note ?? `归属产品：${product.name}`,
          amount_yuan: null,
          institution_id: institutionId,
          actor_account_id: principal.accountId,
          actor_role: principal.role,
          created_at: now,
        });
        await writeAudit(
          trx,
          {
            principal,
            action: `${SUBJECT}.attach_product`,
            entityType: 'financing_demands',
            entityId: id,
            before: { productId: row.product_id, version: Number(row.version) },
            after: { productId: product.id, version: Number(row.version) + 1 },
            req,
          },
          now,
        );
        await notify(
          trx,
          Number(row.account_id),
          {
            title: '融资需求已关联产品',
            body: `您的融资需求（${describe(row)}）已由${row.assigned_institution_name ?? '受理机构'}关联产品“${product.name}”。`,
            link: subjectLink(SUBJECT, id),
            subjectType: SUBJECT,
            subjectId: id,
          },
          now,
        );
        return;
      }
      case 'review_pass': {
        mustHold(row, institutionId);
        const productId = body.productId ?? (row.product_id === null ? null : Number(row.product_id));
        if (row.status === 'accepted' && productId === null)
          throw fieldError('productId', '请先选择归属产品，再记录初审通过');
        const product =
          productId !== null && body.productId ? await ownProduct(trx, productId, institutionId) : null;
        await applyTransition(trx, {
          ...base,
          action: 'review_pass',
          extraUpdates: { review_result: 'passed', ...(product ? { product_id: product.id } : {}) },
        });
        return;
      }
      case 'review_fail':
        mustHold(row, institutionId);
        await applyTransition(trx, {
          ...base,
          action: 'review_fail',
          extraUpdates: { review_result: 'failed' },
        });
        return;
      case 'grant_credit': {
        mustHold(row, institutionId);
        const amountYuan = body.amountWan === undefined ? undefined : wanToYuan(body.amountWan);
        const max = row.product_max_amount_yuan === null ? null : Number(row.product_max_amount_yuan);
        if (amountYuan !== undefined && max !== null && amountYuan > max)
          throw fieldError('amountWan', `授信金额不能超过归属产品的最高额度${formatWan(max)}万元`);
        await applyTransition(trx, { ...base, action: 'grant_credit', amountYuan });
        return;
      }
      case 'disburse': {
        mustHold(row, institutionId);
        const amountYuan = body.amountWan === undefined ? undefined : wanToYuan(body.amountWan);
        const credit = row.credit_amount_yuan === null ? null : Number(row.credit_amount_yuan);
        if (amountYuan !== undefined && credit !== null && amountYuan > credit)
          throw fieldError('amountWan', `放款金额不能超过授信金额${formatWan(credit)}万元`);
        await applyTransition(trx, { ...base, action: 'disburse', amountYuan });
        return;
      }
      default:
        throw badRequest('操作不正确');
    }
    return false;
  });
  return getDeskDemand(deps, principal, id, declined === true);
}

/** Past 受理, only the institution holding the demand acts on it (others never see it: 404). */
function mustHold(row: DemandRow, institutionId: number) {
  if (row.assigned_institution_id === null || Number(row.assigned_institution_id) !== institutionId) {
    throw conflict('融资需求当前状态为“待处理”，请先受理', 'illegal_transition');
  }
}

/**
 * 退回 by a named or dispatched institution: it is removed from the demand. A dispatched demand goes back
 * to where it was (the pool, or its named institutions); when every named institution has declined, the
 * demand goes to the pool, with a fresh response clock.
 */
async function declineDemand(
  trx: Knex.Transaction,
  deps: AppDeps,
  principal: Principal,
  access: Access,
  body: DemandTransitionRequest,
  req: Request,
) {
  const { row } = access;
  const institutionId = access.institutionId as number;
  const id = Number(row.id);
  const dispatchedToMe = row.status === 'pending' && Number(row.assigned_institution_id) === institutionId;
  if (row.status === 'pending' && !dispatchedToMe && !access.named) {
    throw conflict(
      isPooled(row) ? '需求池中的需求无需退回，不受理即可' : ALREADY_TAKEN,
      isPooled(row) ? 'illegal_transition' : 'already_taken',
    );
  }
  const now = deps.now();
  if (access.named)
    await trx('demand_institutions')
      .where({ demand_id: id, institution_id: institutionId })
      .update({ declined_at: now });
  const stillNamed = (await trx('demand_institutions')
    .where('demand_id', id)
    .whereNull('declined_at')
    .first('institution_id')) as { institution_id: number } | undefined;
  const toPool = !stillNamed;
  const institution = (await trx('institutions').where('id', institutionId).first('name')) as {
    name: string;
  };
  await applyTransition(trx, {
    subjectType: SUBJECT,
    id,
    action: 'decline',
    principal,
    version: body.version,
    reasonCode: body.reasonCode,
    note: body.note,
    describe: describe(row),
    extraUpdates: {
      assigned_institution_id: null,
      assigned_at: null,
      pool: toPool,
      respond_by: await respondBy(trx, now, deps.config.responseWorkingDays),
      overdue_at: null,
    },
    message: {
      title: toPool ? '融资需求已转入需求池' : '金融机构退回了融资需求',
      body: `${institution.name}退回了您的融资需求（${describe(row)}）${
        toPool ? '，需求已转入需求池，平台其他金融机构可以受理' : '，您选择的其他期望机构仍可受理'
      }。`,
    },
    now,
    req,
  });
}
