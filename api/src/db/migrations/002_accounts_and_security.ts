/**
 * Accounts (borrowers and staff), server-side sessions, captchas, SMS codes, login throttles,
 * versioned agreements with the consents given to them, and the audit log.
 * Times are DATETIME written by the application (see db/knex.ts); no database defaults for them.
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

export async function up(knex: Knex): Promise<void> {
  await createTable(knex, 'accounts', (t) => {
    t.increments('id').primary();
    /** personal | enterprise (borrowers, portal) or office | institution | government (staff, admin). */
    t.string('role', 16).notNullable();
    /** Borrowers log in with their phone. */
    t.string('phone', 20).nullable().unique('accounts_phone_unique');
    t.string('username', 50).nullable();
    t.string('enterprise_name', 100).nullable();
    t.string('uscc', 18).nullable();
    /** Staff log in with a login name. */
    t.string('login_name', 50).nullable().unique('accounts_login_name_unique');
    t.integer('institution_id').unsigned().nullable().references('id').inTable('institutions');
    t.string('display_name', 100).notNullable();
    t.string('password_hash', 255).notNullable();
    /** active | disabled */
    t.string('status', 16).notNullable();
    /** A first login through the provincial single sign-on links this subject ("issuer|sub"). */
    t.string('sso_subject', 255).nullable().unique('accounts_sso_subject_unique');
    t.dateTime('created_at').notNullable();
    t.dateTime('updated_at').notNullable();
    t.index(['role', 'created_at'], 'accounts_role_created_idx');
    t.index(['institution_id'], 'accounts_institution_idx');
    t.index(['uscc'], 'accounts_uscc_idx');
  });

  await createTable(knex, 'sessions', (t) => {
    /** sha256 (hex) of the random token in the cookie: a stolen table reveals no usable cookie. */
    t.string('id', 64).primary();
    /** portal | admin */
    t.string('realm', 8).notNullable();
    t.integer('account_id').unsigned().notNullable().references('id').inTable('accounts').onDelete('CASCADE');
    t.string('csrf_token', 64).notNullable();
    t.string('ip', 64).nullable();
    t.string('user_agent', 255).nullable();
    t.dateTime('created_at').notNullable();
    t.dateTime('last_seen_at').notNullable();
    /** The absolute timeout; the idle timeout is last_seen_at + idle minutes. */
    t.dateTime('expires_at').notNullable();
    t.index(['account_id'], 'sessions_account_idx');
    t.index(['expires_at'], 'sessions_expires_idx');
  });

  await createTable(knex, 'captchas', (t) => {
    t.string('id', 64).primary();
    t.string('answer_hash', 64).notNullable();
    /** Only when the development routes are on (tests and local development read it); null otherwise. */
    t.string('dev_text', 16).nullable();
    t.dateTime('created_at').notNullable();
    t.dateTime('expires_at').notNullable();
    /** A solved captcha may send one SMS code and then still serve the form it belongs to, once. */
    t.dateTime('sms_used_at').nullable();
    t.dateTime('used_at').nullable();
    t.index(['expires_at'], 'captchas_expires_idx');
  });

  await createTable(knex, 'sms_codes', (t) => {
    t.increments('id').primary();
    t.string('phone', 20).notNullable();
    /** register | change_phone */
    t.string('purpose', 16).notNullable();
    t.string('code_hash', 64).notNullable();
    t.integer('attempts').notNullable();
    t.dateTime('created_at').notNullable();
    t.dateTime('expires_at').notNullable();
    t.dateTime('consumed_at').nullable();
    t.dateTime('voided_at').nullable();
    t.index(['phone', 'created_at'], 'sms_codes_phone_created_idx');
    t.index(['phone', 'purpose', 'created_at'], 'sms_codes_phone_purpose_idx');
  });

  await createTable(knex, 'sms_outbox', (t) => {
    t.increments('id').primary();
    t.string('provider', 32).notNullable();
    t.string('phone', 20).notNullable();
    t.string('purpose', 16).notNullable();
    t.string('code', 8).notNullable();
    t.string('content', 500).notNullable();
    t.dateTime('created_at').notNullable();
    t.index(['phone', 'created_at'], 'sms_outbox_phone_created_idx');
  });

  await createTable(knex, 'login_throttles', (t) => {
    /** `account:<realm>:<login>` or `ip:<address>`: keyed by what was typed, so unknown accounts behave alike. */
    t.string('key', 191).primary();
    t.integer('failures').notNullable();
    /** How many locks so far; the next one lasts 2^locks minutes, at most an hour. */
    t.integer('locks').notNullable();
    t.dateTime('locked_until').nullable();
    t.dateTime('updated_at').notNullable();
  });

  await createTable(knex, 'agreements', (t) => {
    t.increments('id').primary();
    /** platform_service | data_authorization */
    t.string('code', 32).notNullable();
    t.integer('version').notNullable();
    t.string('title', 100).notNullable();
    t.text('body', 'mediumtext').notNullable();
    t.dateTime('published_at').notNullable();
    t.unique(['code', 'version'], { indexName: 'agreements_code_version_unique' });
  });

  await createTable(knex, 'consents', (t) => {
    t.increments('id').primary();
    t.integer('account_id').unsigned().notNullable().references('id').inTable('accounts');
    t.integer('agreement_id').unsigned().notNullable().references('id').inTable('agreements');
    /** What the consent was given for: `registration`, `loan_application`, ... */
    t.string('subject_type', 32).notNullable();
    t.integer('subject_id').unsigned().nullable();
    t.dateTime('accepted_at').notNullable();
    t.string('ip', 64).nullable();
    t.index(['account_id', 'accepted_at'], 'consents_account_idx');
    t.index(['subject_type', 'subject_id'], 'consents_subject_idx');
  });

  await createTable(knex, 'audit_logs', (t) => {
    t.bigIncrements('id').primary();
    /** Kept without a foreign key: the log outlives whatever it mentions. */
    t.integer('actor_account_id').unsigned().nullable();
    t.string('actor_role', 16).nullable();
    t.string('action', 64).notNullable();
    t.string('entity_type', 64).notNullable();
    t.string('entity_id', 64).nullable();
    t.text('before_text', 'mediumtext').nullable();
    t.text('after_text', 'mediumtext').nullable();
    t.string('ip', 64).nullable();
    t.string('request_id', 64).nullable();
    t.dateTime('created_at').notNullable();
    t.index(['created_at'], 'audit_logs_created_idx');
    t.index(['entity_type', 'created_at'], 'audit_logs_entity_type_idx');
    t.index(['entity_type', 'entity_id'], 'audit_logs_entity_idx');
    t.index(['action', 'created_at'], 'audit_logs_action_idx');
    t.index(['actor_account_id', 'created_at'], 'audit_logs_actor_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'audit_logs',
    'consents',
    'agreements',
    'login_throttles',
    'sms_outbox',
    'sms_codes',
    'captchas',
    'sessions',
    'accounts',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
