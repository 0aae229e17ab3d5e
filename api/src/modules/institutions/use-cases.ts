import type { Request } from 'express';
import type { Knex } from 'knex';
import type { AdminInstitution, InstitutionInput, InstitutionUpdate } from '@jrpt/contracts';
import type { AppDeps, Principal } from '../../app-deps.js';
import { isUniqueViolation } from '../../db/errors.js';
import { conflict, fieldError, HttpError, notFound } from '../../http/errors.js';
import { writeAudit } from '../audit/audit.js';
import { existingRegionIds } from '../regions/repository.js';
import {
  findInstitutionRow,
  insertInstitution,
  institutionNameTaken,
  replaceInstitutionRegions,
  toInstitutions,
  updateInstitutionRow,
} from './repository.js';

const duplicateName = () => new HttpError(409, 'duplicate', '机构名称已存在', { name: '机构名称已存在' });

async function checkInput(trx: Knex.Transaction, input: InstitutionInput, exceptId?: number) {
  const found = await existingRegionIds(trx, input.regionIds);
  if (input.regionIds.some((id) => !found.has(id))) throw fieldError('regionIds', '服务区域不存在');
  if (await institutionNameTaken(trx, input.name, exceptId)) throw duplicateName();
}

export async function loadInstitution(db: Knex, id: number): Promise<AdminInstitution> {
  const row = await findInstitutionRow(db, id);
  if (!row) throw notFound('机构');
  const [item] = await toInstitutions(db, [row]);
  return item;
}

export async function createInstitution(
  deps: AppDeps,
  principal: Principal,
  input: InstitutionInput,
  req: Request,
) {
  try {
    return await deps.db.transaction(async (trx) => {
      await checkInput(trx, input);
      const id = await insertInstitution(trx, input, deps.now());
      const after = await loadInstitution(trx, id);
      await writeAudit(
        trx,
        { principal, action: 'institution.create', entityType: 'institutions', entityId: id, after, req },
        deps.now(),
      );
      return after;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateName();
    throw err;
  }
}

export async function updateInstitution(
  deps: AppDeps,
  principal: Principal,
  id: number,
  input: InstitutionUpdate,
  req: Request,
) {
  try {
    return await deps.db.transaction(async (trx) => {
      const before = await loadInstitution(trx, id);
      await checkInput(trx, input, id);
      const changed = await updateInstitutionRow(trx, id, input, input.version, deps.now());
      if (changed === 0) throw conflict('该机构已被他人修改，请刷新后重试', 'stale_version');
      await replaceInstitutionRegions(trx, id, input.regionIds);
      const after = await loadInstitution(trx, id);
      await writeAudit(
        trx,
        {
          principal,
          action: 'institution.update',
          entityType: 'institutions',
          entityId: id,
          before,
          after,
          req,
        },
        deps.now(),
      );
      return after;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateName();
    throw err;
  }
}
