/** The only place that speaks SQL about accounts. */
import type { Knex } from 'knex';
import {
  maskPhone,
  type BorrowerType,
  type CurrentStaff,
  type CurrentUser,
  type Role,
  type StaffRole,
} from '@jrpt/contracts';
import { toIso } from '../../db/knex.js';

export interface AccountRow {
  id: number;
  role: Role;
  phone: string | null;
  username: string | null;
  enterprise_name: string | null;
  uscc: string | null;
  login_name: string | null;
  institution_id: number | null;
  display_name: string;
  password_hash: string;
  status: string;
  sso_subject: string | null;
  created_at: unknown;
  updated_at: unknown;
}

type Db = Knex | Knex.Transaction;

const BORROWER_ROLES: BorrowerType[] = ['personal', 'enterprise'];
const STAFF_ROLES: StaffRole[] = ['office', 'institution', 'government'];

export const accountsRepo = {
  async findById(db: Db, id: number) {
    return (await db('accounts').where({ id }).first()) as AccountRow | undefined;
  },
  async findBorrowerByPhone(db: Db, phone: string) {
    return (await db('accounts').where({ phone }).whereIn('role', BORROWER_ROLES).first()) as
      AccountRow | undefined;
  },
  async phoneTaken(db: Db, phone: string) {
    return Boolean(await db('accounts').where({ phone }).first('id'));
  },
  async findStaffByLoginName(db: Db, loginName: string) {
    return (await db('accounts').where({ login_name: loginName }).whereIn('role', STAFF_ROLES).first()) as
      AccountRow | undefined;
  },
  async insertBorrower(
    db: Db,
    row: Pick<
      AccountRow,
      'role' | 'phone' | 'username' | 'enterprise_name' | 'uscc' | 'display_name' | 'password_hash'
    >,
    now: Date,
  ): Promise<number> {
    const [id] = await db('accounts').insert({ ...row, status: 'active', created_at: now, updated_at: now });
    return id as number;
  },
  async updatePasswordHash(db: Db, id: number, passwordHash: string, now: Date) {
    await db('accounts').where({ id }).update({ password_hash: passwordHash, updated_at: now });
  },
  async updatePhone(db: Db, id: number, phone: string, now: Date) {
    await db('accounts').where({ id }).update({ phone, updated_at: now });
  },
  async institutionName(db: Db, institutionId: number | null) {
    if (!institutionId) return null;
    const row = await db('institutions').where({ id: institutionId }).first('name');
    return (row?.name as string | undefined) ?? null;
  },
  async endOtherSessions(db: Db, accountId: number, keepSessionId: string) {
    await db('sessions').where({ account_id: accountId }).whereNot({ id: keepSessionId }).delete();
  },
};

export function toCurrentUser(row: AccountRow): CurrentUser {
  const phone = row.phone ?? '';
  return {
    id: row.id,
    type: row.role as BorrowerType,
    phone,
    phoneMasked: maskPhone(phone),
    displayName: row.display_name,
    username: row.username,
    enterpriseName: row.enterprise_name,
    uscc: row.uscc,
    createdAt: toIso(row.created_at),
  };
}

export function toCurrentStaff(row: AccountRow, institutionName: string | null): CurrentStaff {
  return {
    id: row.id,
    role: row.role as StaffRole,
    username: row.login_name ?? '',
    displayName: row.display_name,
    institutionId: row.institution_id,
    institutionName,
  };
}
