/**
 * The loan marketplace (issue 3): loan, renewal and bridge applications, financing demands with their
 * named institutions, one status timeline for all of them, 消息中心, 企业授权, the holiday calendar of
 * the response clock, and the idempotency keys of the create endpoints.
 *
 * Every list has its index: a borrower's own list (account_id, created_at), an institution's inbox
 * (institution_id, status, created_at), the overdue sweep (status, overdue_at, respond_by).
 */
import type { Knex } from 'knex';

type Columns = (t: Knex.CreateTableBuilder) => void;

async function createTable(knex: Knex, name: string, columns: Columns) {
  const mysql = knex.client.config.client === 'mysql2' || knex.client.config.client === 'mysql';
  await knex.schema.createTable(name, (t) => {
    if (mysql) {
      t.engine('InnoDB');
      t.charset('utf8mb4');
      t.collate('utf8mb4_unicode_ci');
    }
    columns(t);
  });
}

const accountRef = (t: Knex.CreateTableBuilder) =>
  t.integer('account_id').unsigned().notNullable().references('id').inTable('accounts');
const institutionRef = (t: Knex.CreateTableBuilder, column = 'institution_id') =>
  t.integer(column).unsigned().references('id').inTable('institutions');

/** The workflow columns every application and demand carries. */
function workflowColumns(t: Knex.CreateTableBuilder) {
  t.string('status', 16).notNullable();
  /** Optimistic locking: every transition checks and bumps it, so of two staff at once one wins. */
  t.integer('version').notNullable();
  t.bigInteger('credit_amount_yuan').nullable();
  t.bigInteger('disbursed_amount_yuan').nullable();
  /** The last reason code (未通过 / 初审未通过) and the institution's last note (备注). */
  t.string('reason_code', 32).nullable();
  t.string('note', 500).nullable();
  /** The data authorization consent given with it (consents.id). */
  t.integer('consent_id').unsigned().nullable().references('id').inTable('consents');
  /** Response clock: the institution must accept or decline by respond_by; the sweep sets overdue_at. */
  t.dateTime('respond_by').nullable();
  t.dateTime('overdue_at').nullable();
  /** When the institution first answered (accept/claim or reject): response times per institution. */
  t.dateTime('responded_at').nullable();
  t.dateTime('created_at').notNullable();
  t.dateTime('updated_at').notNullable();
}

/** Indexes every application table shares. */
function applicationIndexes(t: Knex.CreateTableBuilder, table: string) {
  // 申请记录: one borrower's rows, newest first (InnoDB appends the primary key, the tie-breaker).
  t.index(['account_id', 'created_at'], `${table}_account_created_idx`);
  // The institution's inbox, with or without a status filter.
  t.index(['institution_id', 'status', 'created_at'], `${table}_inbox_idx`);
  t.index(['institution_id', 'created_at'], `${table}_institution_created_idx`);
  // The office's lists across institutions, and 融资动态.
  t.index(['status', 'created_at'], `${table}_status_created_idx`);
  t.index(['created_at'], `${table}_created_idx`);
  t.index(['updated_at'], `${table}_updated_idx`);
  // The overdue sweep and the office's 超时 filter.
  t.index(['status', 'overdue_at', 'respond_by'], `${table}_clock_idx`);
  // 首贷: has this enterprise a recorded loan?
  t.index(['uscc', 'status'], `${table}_uscc_status_idx`);
}

/** 性别, 联系电话 and the enterprise of the §2.11 renewal and bridge forms. */
function enterpriseContactColumns(t: Knex.CreateTableBuilder) {
  t.integer('region_id').unsigned().notNullable().references('id').inTable('regions');
  t.string('enterprise_name', 100).notNullable();
  t.string('uscc', 18).notNullable();
  t.string('real_name', 30).notNullable();
  t.string('gender', 8).notNullable();
  t.string('phone', 20).notNullable();
}

/** Renewal reminders: when a disbursed loan matures, and whether its borrower was reminded. */
function maturityColumns(t: Knex.CreateTableBuilder, table: string) {
  t.date('matures_on').nullable();
  t.dateTime('renewal_reminded_at').nullable();
  t.index(['status', 'renewal_reminded_at', 'matures_on'], `${table}_maturity_idx`);
}

/**
 * 2026 as published by the State Council (国办发明电〔2025〕7号). 2027: the statutory days only (元旦,
 * 春节 除夕–初三, 清明, 劳动节, 端午, 中秋, 国庆) until the 2027 notice is published; its bridging days
 * and make-up workdays must then be added (a new migration or the office's maintenance).
 */
const HOLIDAYS: [string, 'holiday' | 'workday', string][] = [
  ...range('2026-01-01', 3, '元旦'),
  ['2026-01-04', 'workday', '元旦调休上班'],
  ['2026-02-14', 'workday', '春节调休上班'],
  ...range('2026-02-15', 9, '春节'),
  ['2026-02-28', 'workday', '春节调休上班'],
  ...range('2026-04-04', 3, '清明节'),
  ...range('2026-05-01', 5, '劳动节'),
  ['2026-05-09', 'workday', '劳动节调休上班'],
  ...range('2026-06-19', 3, '端午节'),
  ['2026-09-20', 'workday', '国庆节调休上班'],
  ...range('2026-09-25', 3, '中秋节'),
  ...range('2026-10-01', 7, '国庆节'),
  ['2026-10-10', 'workday', '国庆节调休上班'],
  ['2027-01-01', 'holiday', '元旦'],
  ...range('2027-02-05', 4, '春节'),
  ['2027-04-05', 'holiday', '清明节'],
  ...range('2027-05-01', 2, '劳动节'),
  ['2027-06-09', 'holiday', '端午节'],
  ['2027-09-15', 'holiday', '中秋节'],
  ...range('2027-10-01', 3, '国庆节'),
];

function range(first: string, days: number, name: string): [string, 'holiday', string][] {
  const start = new Date(`${first}T00:00:00Z`).getTime();
  return Array.from({ length: days }, (_, i) => [
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    'holiday',
    name,
  ]);
}

export async function up(knex: Knex): Promise<void> {
  await createTable(knex, 'loan_applications', (t) => {
    t.increments('id').primary();
    accountRef(t);
    /** personal | enterprise: which §2.3 form was filled. */
    t.string('applicant_type', 16).notNullable();
    /** market | first_loan */
    t.string('channel', 16).notNullable();
    t.integer('product_id').unsigned().notNullable().references('id').inTable('products');
    /** The product's institution when submitted: the inbox it lands in. */
    institutionRef(t).notNullable();
    t.bigInteger('amount_yuan').notNullable();
    t.integer('term_months').notNullable();
    t.string('purpose', 200).notNullable();
    /** 申请人姓名 (personal) or 联系人姓名 (enterprise), and the matching phone. */
    t.string('applicant_name', 30).notNullable();
    t.string('applicant_phone', 20).notNullable();
    /** Personal: 申请人身份证号, encrypted (field cipher) and a masked copy for lists. */
    t.string('id_number_enc', 255).nullable();
    t.string('id_number_masked', 32).nullable();
    t.string('enterprise_name', 100).nullable();
    t.string('uscc', 18).nullable();
    t.bigInteger('annual_income_yuan').nullable();
    t.bigInteger('current_loan_total_yuan').nullable();
    t.boolean('has_enforcement').nullable();
    t.boolean('has_overdue').nullable();
    workflowColumns(t);
    maturityColumns(t, 'loan_applications');
    applicationIndexes(t, 'loan_applications');
    // One open application per borrower and product.
    t.index(['account_id', 'product_id', 'status'], 'loan_applications_account_product_idx');
  });

  await createTable(knex, 'renewal_applications', (t) => {
    t.increments('id').primary();
    accountRef(t);
    /** 贷款机构: the lender of the loan being renewed, which receives the application. */
    institutionRef(t).notNullable();
    t.bigInteger('amount_yuan').notNullable();
    t.integer('term_months').notNullable();
    /** 到期日 of the current loan. */
    t.date('maturity_date').notNullable();
    t.string('method', 16).notNullable();
    t.integer('rate_bp').notNullable();
    enterpriseContactColumns(t);
    workflowColumns(t);
    maturityColumns(t, 'renewal_applications');
    applicationIndexes(t, 'renewal_applications');
  });

  await createTable(knex, 'bridge_applications', (t) => {
    t.increments('id').primary();
    accountRef(t);
    /** 原贷款机构: the lender to be repaid and to lend again, which receives the application. */
    institutionRef(t).notNullable();
    t.bigInteger('amount_yuan').notNullable();
    /** 原贷款到期日 and 使用天数 of the bridge funds. */
    t.date('maturity_date').notNullable();
    t.integer('days').notNullable();
    enterpriseContactColumns(t);
    workflowColumns(t);
    applicationIndexes(t, 'bridge_applications');
  });

  await createTable(knex, 'financing_demands', (t) => {
    t.increments('id').primary();
    accountRef(t);
    /** 发布类型: personal | enterprise */
    t.string('borrower_type', 16).notNullable();
    /** market | first_loan (首贷需求) */
    t.string('channel', 16).notNullable();
    t.bigInteger('amount_yuan').notNullable();
    t.integer('term_months').notNullable();
    t.string('purpose', 200).notNullable();
    /** unlimited | credit | mortgage | pledge | guarantee */
    t.string('method', 16).notNullable();
    t.integer('rate_min_bp').notNullable();
    t.integer('rate_max_bp').notNullable();
    /** 期望机构 不限: any institution may claim it; otherwise demand_institutions names them. */
    t.boolean('pool').notNullable();
    t.integer('region_id').unsigned().notNullable().references('id').inTable('regions');
    t.string('real_name', 30).notNullable();
    t.string('gender', 8).notNullable();
    t.string('phone', 20).notNullable();
    t.string('enterprise_name', 100).nullable();
    /** The enterprise account's code (首贷: recorded loans are looked up by it). */
    t.string('uscc', 18).nullable();
    /** Dispatched by the office (pool) or the institution that accepted/claimed it. */
    institutionRef(t, 'assigned_institution_id').nullable();
    t.dateTime('assigned_at').nullable();
    institutionRef(t, 'claimed_by_institution_id').nullable();
    /** 归属产品 */
    t.integer('product_id').unsigned().nullable().references('id').inTable('products');
    /** 初审结果: passed | failed */
    t.string('review_result', 16).nullable();
    workflowColumns(t);
    t.index(['account_id', 'created_at'], 'financing_demands_account_created_idx');
    // An institution's demands (assigned to it), with or without a status filter.
    t.index(['assigned_institution_id', 'status', 'created_at'], 'financing_demands_inbox_idx');
    // The pool: pending, unassigned, 不限.
    t.index(['status', 'pool', 'assigned_institution_id', 'created_at'], 'financing_demands_pool_idx');
    t.index(['status', 'created_at'], 'financing_demands_status_created_idx');
    t.index(['created_at'], 'financing_demands_created_idx');
    t.index(['updated_at'], 'financing_demands_updated_idx');
    t.index(['status', 'overdue_at', 'respond_by'], 'financing_demands_clock_idx');
    t.index(['uscc', 'status'], 'financing_demands_uscc_status_idx');
  });

  await createTable(knex, 'demand_institutions', (t) => {
    t.integer('demand_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('financing_demands')
      .onDelete('CASCADE');
    t.integer('institution_id').unsigned().notNullable().references('id').inTable('institutions');
    /** A named institution that declined it (退回). */
    t.dateTime('declined_at').nullable();
    t.dateTime('created_at').notNullable();
    t.primary(['demand_id', 'institution_id']);
    t.index(['institution_id', 'demand_id'], 'demand_institutions_institution_idx');
  });

  await createTable(knex, 'status_events', (t) => {
    t.bigIncrements('id').primary();
    /** loan_application | renewal_application | bridge_application | financing_demand */
    t.string('subject_type', 24).notNullable();
    t.integer('subject_id').unsigned().notNullable();
    /** A transition's action, or submit / overdue / return_to_pool. */
    t.string('action', 24).notNullable();
    t.string('from_status', 16).nullable();
    t.string('to_status', 16).notNullable();
    t.string('reason_code', 32).nullable();
    t.string('note', 500).nullable();
    t.bigInteger('amount_yuan').nullable();
    /** The institution concerned (the one that acted, or a demand's dispatch target). */
    t.integer('institution_id').unsigned().nullable();
    /** Null for what the system does (the sweep). */
    t.integer('actor_account_id').unsigned().nullable();
    t.string('actor_role', 16).nullable();
    t.dateTime('created_at').notNullable();
    t.index(['subject_type', 'subject_id', 'id'], 'status_events_subject_idx');
    t.index(['institution_id', 'action', 'created_at'], 'status_events_institution_idx');
  });

  await createTable(knex, 'messages', (t) => {
    t.bigIncrements('id').primary();
    t.integer('account_id').unsigned().notNullable().references('id').inTable('accounts');
    t.string('title', 100).notNullable();
    t.string('body', 1000).notNullable();
    t.string('link', 300).nullable();
    t.string('subject_type', 24).nullable();
    t.integer('subject_id').unsigned().nullable();
    t.dateTime('read_at').nullable();
    t.dateTime('created_at').notNullable();
    t.index(['account_id', 'created_at'], 'messages_account_created_idx');
    // The unread badge: counted from the index alone.
    t.index(['account_id', 'read_at'], 'messages_account_read_idx');
  });

  await createTable(knex, 'enterprise_authorizations', (t) => {
    t.increments('id').primary();
    accountRef(t);
    t.string('enterprise_name', 100).notNullable();
    t.string('legal_person_name', 30).notNullable();
    /** 法人身份证号码, encrypted (field cipher), and the masked copy shown back. */
    t.string('legal_person_id_enc', 255).notNullable();
    t.string('legal_person_id_masked', 32).notNullable();
    t.string('uscc', 18).notNullable();
    /** verified | failed */
    t.string('status', 16).notNullable();
    /** Which verification provider answered (development | http). */
    t.string('provider', 32).notNullable();
    t.string('failure_reason', 200).nullable();
    t.dateTime('created_at').notNullable();
    t.index(['account_id', 'created_at'], 'enterprise_authorizations_account_idx');
    t.index(['account_id', 'status'], 'enterprise_authorizations_account_status_idx');
    t.index(['uscc', 'status'], 'enterprise_authorizations_uscc_idx');
  });

  await createTable(knex, 'holidays', (t) => {
    /** YYYY-MM-DD on the Beijing calendar. */
    t.string('date', 10).primary();
    /** holiday (a weekday off) | workday (a weekend day worked, 调休上班) */
    t.string('kind', 8).notNullable();
    t.string('name', 50).notNullable();
  });
  await knex('holidays').insert(HOLIDAYS.map(([date, kind, name]) => ({ date, kind, name })));

  await createTable(knex, 'idempotency_keys', (t) => {
    t.bigIncrements('id').primary();
    t.integer('account_id').unsigned().notNullable();
    /** The Idempotency-Key header the form sent. */
    t.string('key', 64).notNullable();
    t.string('subject_type', 24).notNullable();
    /** Set in the same transaction as the record it made. */
    t.integer('subject_id').unsigned().nullable();
    t.dateTime('created_at').notNullable();
    t.unique(['account_id', 'key'], { indexName: 'idempotency_keys_account_key_unique' });
    t.index(['created_at'], 'idempotency_keys_created_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'holidays',
    'enterprise_authorizations',
    'messages',
    'status_events',
    'demand_institutions',
    'financing_demands',
    'bridge_applications',
    'renewal_applications',
    'loan_applications',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
