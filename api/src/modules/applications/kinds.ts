/**
 * 贷款申请, 续贷申请 and 转贷申请 share one state machine, one record shape (申请记录, §2.4) and one set of
 * borrower and staff endpoints. A kind says where its rows live and how they read; the rest is shared.
 */
import type { Knex } from 'knex';
import { formatWan, SUBJECT_TYPE_LABELS, type ApplicationKind, type SubjectType } from '@jrpt/contracts';

export interface ApplicationKindDef {
  kind: ApplicationKind;
  subjectType: SubjectType;
  table: string;
  /** 贷款申请 / 续贷申请 / 转贷申请 */
  label: string;
  /** /loan-applications, /renewal-applications, /bridge-applications (and /admin/...) */
  path: string;
  /** `<table> as a` joined with what its record shows. */
  from(db: Knex | Knex.Transaction): Knex.QueryBuilder;
  /** The 申请记录 columns, under the shared aliases (see RecordRow). */
  recordColumns(db: Knex | Knex.Transaction): (string | Knex.Raw)[];
  /** More columns for the detail view. */
  detailColumns: string[];
  /** Whether a disbursed one is a loan that matures (renewal reminders). */
  matures: boolean;
  /** How the borrower's messages name one record. */
  describe(row: RecordRow): string;
  /** The most that may be granted as credit (yuan) and how the refusal says so. */
  creditLimit(row: RecordRow & Record<string, unknown>): { yuan: number; message: string };
}

/** A record row under the shared aliases (a join's columns included). */
export interface RecordRow {
  id: number;
  account_id: number;
  institution_id: number;
  institution_name: string;
  institution_type: string;
  product_id: number | null;
  product_name: string | null;
  channel: string | null;
  amount_yuan: number | string;
  term_months: number | null;
  days: number | null;
  purpose: string | null;
  status: string;
  credit_amount_yuan: number | string | null;
  disbursed_amount_yuan: number | string | null;
  note: string | null;
  reason_code: string | null;
  respond_by: unknown;
  overdue_at: unknown;
  responded_at: unknown;
  contact_name: string;
  contact_phone: string;
  enterprise_name: string | null;
  consent_id: number | null;
  created_at: unknown;
  updated_at: unknown;
  version: number;
}

const SHARED = [
  'a.id',
  'a.account_id',
  'a.institution_id',
  'i.name as institution_name',
  'i.type as institution_type',
  'a.amount_yuan',
  'a.status',
  'a.credit_amount_yuan',
  'a.disbursed_amount_yuan',
  'a.note',
  'a.reason_code',
  'a.respond_by',
  'a.overdue_at',
  'a.responded_at',
  'a.enterprise_name',
  'a.consent_id',
  'a.created_at',
  'a.updated_at',
  'a.version',
];

const upToAmount = (row: RecordRow) => ({
  yuan: Number(row.amount_yuan),
  message: `授信金额不能超过申请金额${formatWan(Number(row.amount_yuan))}万元`,
});

export const LOAN: ApplicationKindDef = {
  kind: 'loan',
  subjectType: 'loan_application',
  table: 'loan_applications',
  label: SUBJECT_TYPE_LABELS.loan_application,
  path: '/loan-applications',
  from: (db) =>
    db('loan_applications as a')
      .join('institutions as i', 'i.id', 'a.institution_id')
      .join('products as p', 'p.id', 'a.product_id'),
  recordColumns: (db) => [
    ...SHARED,
    'a.product_id',
    'p.name as product_name',
    'a.channel',
    'a.term_months',
    db.raw('null as days'),
    'a.purpose',
    'a.applicant_name as contact_name',
    'a.applicant_phone as contact_phone',
  ],
  detailColumns: [
    'a.applicant_type',
    'a.id_number_enc',
    'a.id_number_masked',
    'a.uscc',
    'a.annual_income_yuan',
    'a.current_loan_total_yuan',
    'a.has_enforcement',
    'a.has_overdue',
    'p.min_rate_bp as product_min_rate_bp',
    'p.max_amount_yuan as product_max_amount_yuan',
    'p.category as product_category',
    'p.first_loan as product_first_loan',
  ],
  matures: true,
  describe: (r) =>
    `${r.institution_name}“${r.product_name}”，申请金额${formatWan(Number(r.amount_yuan))}万元`,
  creditLimit: (r) => ({
    yuan: Number(r.product_max_amount_yuan),
    message: `授信金额不能超过产品最高额度${formatWan(Number(r.product_max_amount_yuan))}万元`,
  }),
};

export const RENEWAL: ApplicationKindDef = {
  kind: 'renewal',
  subjectType: 'renewal_application',
  table: 'renewal_applications',
  label: SUBJECT_TYPE_LABELS.renewal_application,
  path: '/renewal-applications',
  from: (db) =>
    db('renewal_applications as a')
      .join('institutions as i', 'i.id', 'a.institution_id')
      .join('regions as r', 'r.id', 'a.region_id'),
  recordColumns: (db) => [
    ...SHARED,
    db.raw('null as product_id'),
    db.raw('null as product_name'),
    db.raw('null as channel'),
    'a.term_months',
    db.raw('null as days'),
    db.raw('null as purpose'),
    'a.real_name as contact_name',
    'a.phone as contact_phone',
  ],
  detailColumns: [
    'a.region_id',
    'r.name as region_name',
    'a.uscc',
    'a.real_name',
    'a.gender',
    'a.phone',
    'a.maturity_date',
    'a.method',
    'a.rate_bp',
  ],
  matures: true,
  describe: (r) => `${r.institution_name}，续贷金额${formatWan(Number(r.amount_yuan))}万元`,
  creditLimit: upToAmount,
};

export const BRIDGE: ApplicationKindDef = {
  kind: 'bridge',
  subjectType: 'bridge_application',
  table: 'bridge_applications',
  label: SUBJECT_TYPE_LABELS.bridge_application,
  path: '/bridge-applications',
  from: (db) =>
    db('bridge_applications as a')
      .join('institutions as i', 'i.id', 'a.institution_id')
      .join('regions as r', 'r.id', 'a.region_id'),
  recordColumns: (db) => [
    ...SHARED,
    db.raw('null as product_id'),
    db.raw('null as product_name'),
    db.raw('null as channel'),
    db.raw('null as term_months'),
    'a.days',
    db.raw('null as purpose'),
    'a.real_name as contact_name',
    'a.phone as contact_phone',
  ],
  detailColumns: [
    'a.region_id',
    'r.name as region_name',
    'a.uscc',
    'a.real_name',
    'a.gender',
    'a.phone',
    'a.maturity_date',
  ],
  matures: false,
  describe: (r) => `${r.institution_name}，转贷金额${formatWan(Number(r.amount_yuan))}万元`,
  creditLimit: upToAmount,
};

export const APPLICATION_KIND_DEFS = [LOAN, RENEWAL, BRIDGE] as const;
