import type { Request } from 'express';
import type { Knex } from 'knex';
import {
  canEditProduct,
  PRODUCT_STATUS_LABELS,
  productActionsFor,
  type AdminProduct,
  type AdminProductRow,
  type ProductInput,
  type ProductTransitionRequest,
  type ProductUpdate,
  type StaffRole,
} from '@jrpt/contracts';
import type { AppDeps, Principal } from '../../app-deps.js';
import { toIso } from '../../db/knex.js';
import { conflict, fieldError, notFound } from '../../http/errors.js';
import { institutionScope, staffRoleOf } from '../../http/staff-scope.js';
import { writeAudit } from '../audit/audit.js';
import { bumpStat } from '../home/stats.js';
import { existingRegionIds } from '../regions/repository.js';
import {
  changeProductStatus,
  findProductRow,
  insertProduct,
  productChildren,
  toDetail,
  toSummary,
  updateProductContent,
  type ProductDetailRow,
  type ProductRow,
} from './repository.js';
import { listedDelta, resolveTransition } from './transitions.js';

export function toAdminRow(
  r: ProductRow,
  children: Awaited<ReturnType<typeof productChildren>>,
  role: StaffRole,
): AdminProductRow {
  return {
    ...toSummary(r, children.get(Number(r.id))),
    updatedAt: toIso(r.updated_at),
    version: Number(r.version),
    reviewNote: r.review_note,
    actions: productActionsFor(r.status, role),
    editable: canEditProduct(r.status, role),
  };
}

/** A product as staff see it; institution staff reaching another institution's product get 404, as if it did not exist. */
async function loadForStaff(db: Knex, principal: Principal, id: number): Promise<ProductDetailRow> {
  const row = await findProductRow(db, id);
  const only = institutionScope(principal);
  if (!row || (only !== null && Number(row.institution_id) !== only)) throw notFound('产品');
  return row;
}

async function toAdminProduct(db: Knex, row: ProductDetailRow, role: StaffRole): Promise<AdminProduct> {
  const detail = await toDetail(db, row);
  return {
    ...detail,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    version: Number(row.version),
    reviewNote: row.review_note,
    actions: productActionsFor(row.status, role),
    editable: canEditProduct(row.status, role),
  };
}

export async function getAdminProduct(deps: AppDeps, principal: Principal, id: number) {
  const row = await loadForStaff(deps.db, principal, id);
  return toAdminProduct(deps.db, row, staffRoleOf(principal));
}

/** The institution a new or edited product belongs to: institution staff's own; the office must name one. */
async function owningInstitution(
  trx: Knex.Transaction,
  principal: Principal,
  input: ProductInput,
  current?: number,
) {
  const only = institutionScope(principal);
  if (only !== null) return only;
  const chosen = input.institutionId ?? current;
  if (chosen === undefined) throw fieldError('institutionId', '请选择所属机构');
  if (!(await trx('institutions').where('id', chosen).first('id')))
    throw fieldError('institutionId', '所属机构不存在');
  return chosen;
}

async function checkRegions(trx: Knex.Transaction, input: ProductInput) {
  const found = await existingRegionIds(trx, input.regionIds);
  if (input.regionIds.some((id) => !found.has(id))) throw fieldError('regionIds', '适用地区不存在');
}

export async function createProduct(deps: AppDeps, principal: Principal, input: ProductInput, req: Request) {
  const role = staffRoleOf(principal);
  return deps.db.transaction(async (trx) => {
    const institutionId = await owningInstitution(trx, principal, input);
    await checkRegions(trx, input);
    const now = deps.now();
    const id = await insertProduct(trx, institutionId, input, now);
    const after = await toAdminProduct(trx, (await findProductRow(trx, id))!, role);
    await writeAudit(
      trx,
      { principal, action: 'product.create', entityType: 'products', entityId: id, after, req },
      now,
    );
    return after;
  });
}

export async function updateProduct(
  deps: AppDeps,
  principal: Principal,
  id: number,
  input: ProductUpdate,
  req: Request,
) {
  const role = staffRoleOf(principal);
  return deps.db.transaction(async (trx) => {
    const row = await loadForStaff(trx, principal, id);
    if (Number(row.version) !== input.version)
      throw conflict('该产品已被他人修改，请刷新后重试', 'stale_version');
    if (!canEditProduct(row.status, role)) {
      throw conflict(
        `产品当前状态为“${PRODUCT_STATUS_LABELS[row.status]}”，不能修改；请先下架或等待审核结束`,
        'not_editable',
      );
    }
    const institutionId = await owningInstitution(trx, principal, input, Number(row.institution_id));
    await checkRegions(trx, input);
    const before = await toAdminProduct(trx, row, role);
    const now = deps.now();
    const changed = await updateProductContent(trx, id, input.version, institutionId, input, now);
    if (changed === 0) throw conflict('该产品已被他人修改，请刷新后重试', 'stale_version');
    const after = await toAdminProduct(trx, (await findProductRow(trx, id))!, role);
    await writeAudit(
      trx,
      { principal, action: 'product.update', entityType: 'products', entityId: id, before, after, req },
      now,
    );
    return after;
  });
}

/**
 * 提交审核 / 审核通过 / 退回修改 / 上架 / 下架, per the transition table; keeps the 首页 count of listed
 * products in the same transaction.
 */
export async function transitionProduct(
  deps: AppDeps,
  principal: Principal,
  id: number,
  request: ProductTransitionRequest,
  req: Request,
) {
  const role = staffRoleOf(principal);
  return deps.db.transaction(async (trx) => {
    const row = await loadForStaff(trx, principal, id);
    if (request.version !== undefined && Number(row.version) !== request.version) {
      throw conflict('该产品已被他人修改，请刷新后重试', 'stale_version');
    }
    const t = resolveTransition(row.status, request.action, role, request.reason);
    const now = deps.now();
    const changed = await changeProductStatus(
      trx,
      id,
      {
        from: t.from,
        to: t.to,
        version: Number(row.version),
        // A rejection records why; a fresh submission clears the last reason.
        reviewNote:
          t.action === 'reject' ? (request.reason ?? null) : t.action === 'submit' ? null : undefined,
        listedAt: t.to === 'listed' ? now : undefined,
      },
      now,
    );
    if (changed === 0) throw conflict('该产品已被他人处理，请刷新后重试', 'stale_version');
    await bumpStat(trx, 'listed_products', listedDelta(t));
    const after = await toAdminProduct(trx, (await findProductRow(trx, id))!, role);
    await writeAudit(
      trx,
      {
        principal,
        action: `product.${t.action}`,
        entityType: 'products',
        entityId: id,
        before: { status: row.status, version: Number(row.version), reviewNote: row.review_note },
        after: {
          status: after.status,
          version: after.version,
          reviewNote: after.reviewNote,
          reason: request.reason ?? null,
        },
        req,
      },
      now,
    );
    return after;
  });
}
