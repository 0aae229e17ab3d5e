/**
 * Reference data (regions, industries) and the public catalogue: institutions, products with their
 * methods/tags/regions, articles, funds, events, plus the home-page aggregates and the site settings.
 * Runs the same on MySQL 8 / MariaDB 10.11 and SQLite: times are DATETIME written by the application,
 * money is integer yuan (BIGINT), rates are integer basis points, lists are join tables.
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

const timestamps = (t: Knex.CreateTableBuilder) => {
  t.dateTime('created_at').notNullable();
  t.dateTime('updated_at').notNullable();
};

export async function up(knex: Knex) {
  await createTable(knex, 'regions', (t) => {
    t.increments('id');
    t.string('code', 12).notNullable().unique();
    t.string('name', 50).notNullable();
    t.integer('sort').notNullable();
    t.index(['sort']);
  });

  await createTable(knex, 'industries', (t) => {
    t.increments('id');
    t.string('code', 12).notNullable().unique();
    t.string('name', 50).notNullable();
    t.integer('sort').notNullable();
    t.index(['sort']);
  });

  await createTable(knex, 'institutions', (t) => {
    t.increments('id');
    t.string('name', 100).notNullable().unique();
    t.string('short_name', 30).nullable();
    t.string('type', 16).notNullable();
    t.text('intro').nullable();
    t.string('address', 200).nullable();
    t.string('contact_phone', 30).nullable();
    t.string('website', 200).nullable();
    t.string('logo_url', 500).nullable();
    t.integer('version').notNullable();
    timestamps(t);
    t.index(['type', 'id']);
    t.index(['created_at']);
    t.index(['updated_at']);
  });

  await createTable(knex, 'institution_regions', (t) => {
    t.integer('institution_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('institutions')
      .onDelete('CASCADE');
    t.integer('region_id').unsigned().notNullable().references('id').inTable('regions');
    t.primary(['institution_id', 'region_id']);
    t.index(['region_id', 'institution_id']);
  });

  await createTable(knex, 'products', (t) => {
    t.increments('id');
    t.integer('institution_id').unsigned().notNullable().references('id').inTable('institutions');
    t.string('name', 50).notNullable();
    t.string('category', 16).notNullable();
    t.string('status', 16).notNullable();
    t.integer('min_rate_bp').notNullable();
    t.bigInteger('max_amount_yuan').notNullable();
    t.integer('max_term_months').notNullable();
    t.string('features', 200).nullable();
    t.text('intro').nullable();
    t.string('repayment_method', 200).nullable();
    t.string('prepayment', 200).nullable();
    t.string('age_requirement', 100).nullable();
    t.string('business_requirement', 200).nullable();
    t.string('work_requirement', 200).nullable();
    t.string('asset_requirement', 200).nullable();
    t.string('income_requirement', 200).nullable();
    t.string('required_materials', 500).nullable();
    t.boolean('first_loan').notNullable();
    /** The office's reason when it sent the product back (reject). */
    t.string('review_note', 500).nullable();
    t.dateTime('listed_at').nullable();
    /** Optimistic locking: every write checks and bumps it, so two staff at once cannot both win. */
    t.integer('version').notNullable();
    timestamps(t);
    // 金融超市: listed products filtered/sorted by rate, amount, term or newest.
    t.index(['status', 'min_rate_bp']);
    t.index(['status', 'max_amount_yuan']);
    t.index(['status', 'max_term_months']);
    t.index(['status', 'listed_at']);
    t.index(['status', 'category']);
    t.index(['status', 'first_loan']);
    // Covers the market's count: numeric and enum filters are read from the index alone.
    t.index(
      [
        'status',
        'max_amount_yuan',
        'max_term_months',
        'min_rate_bp',
        'first_loan',
        'category',
        'institution_id',
      ],
      'products_market_cover',
    );
    // One institution's products (portal filter, institution staff's admin list).
    t.index(['institution_id', 'status']);
    t.index(['name']);
    // Admin lists sorted by last change.
    t.index(['updated_at']);
    t.index(['status', 'updated_at']);
  });

  await createTable(knex, 'product_methods', (t) => {
    t.integer('product_id').unsigned().notNullable().references('id').inTable('products').onDelete('CASCADE');
    t.string('method', 16).notNullable();
    t.primary(['product_id', 'method']);
    t.index(['method', 'product_id']);
  });

  await createTable(knex, 'product_tags', (t) => {
    t.integer('product_id').unsigned().notNullable().references('id').inTable('products').onDelete('CASCADE');
    t.string('tag', 20).notNullable();
    t.primary(['product_id', 'tag']);
    t.index(['tag', 'product_id']);
  });

  await createTable(knex, 'product_regions', (t) => {
    t.integer('product_id').unsigned().notNullable().references('id').inTable('products').onDelete('CASCADE');
    t.integer('region_id').unsigned().notNullable().references('id').inTable('regions');
    t.primary(['product_id', 'region_id']);
    t.index(['region_id', 'product_id']);
  });

  await createTable(knex, 'articles', (t) => {
    t.increments('id');
    t.string('kind', 16).notNullable();
    t.string('title', 200).notNullable();
    t.string('summary', 500).nullable();
    /** Sanitized HTML. */
    t.text('body', 'mediumtext').notNullable();
    t.string('source', 100).nullable();
    t.string('cover_url', 500).nullable();
    t.dateTime('published_at').notNullable();
    t.integer('version').notNullable();
    timestamps(t);
    t.index(['kind', 'published_at']);
    t.index(['published_at']);
    t.index(['updated_at']);
    t.index(['title']);
  });

  await createTable(knex, 'article_tags', (t) => {
    t.integer('article_id').unsigned().notNullable().references('id').inTable('articles').onDelete('CASCADE');
    t.string('tag', 20).notNullable();
    t.primary(['article_id', 'tag']);
    t.index(['tag', 'article_id']);
  });

  await createTable(knex, 'funds', (t) => {
    t.increments('id');
    t.integer('institution_id').unsigned().notNullable().references('id').inTable('institutions');
    t.string('name', 100).notNullable();
    t.date('established_on').nullable();
    t.bigInteger('scale_yuan').nullable();
    t.string('investment_fields', 200).nullable();
    t.text('intro').nullable();
    timestamps(t);
    t.index(['institution_id']);
    t.index(['established_on']);
    t.index(['name']);
  });

  await createTable(knex, 'events', (t) => {
    t.increments('id');
    t.string('title', 200).notNullable();
    t.string('organizer', 100).notNullable();
    t.string('address', 200).notNullable();
    t.dateTime('starts_at').notNullable();
    t.dateTime('ends_at').notNullable();
    t.dateTime('signup_deadline').notNullable();
    /** 限制人数; null means no limit. */
    t.integer('capacity').unsigned().nullable();
    /** Sanitized HTML. */
    t.text('body', 'mediumtext').notNullable();
    t.string('cover_url', 500).nullable();
    timestamps(t);
    t.index(['starts_at']);
    // 进行中 / 已结束 is decided by the end time.
    t.index(['ends_at', 'starts_at']);
  });

  await createTable(knex, 'platform_stats', (t) => {
    t.string('name', 64).primary();
    t.bigInteger('value').notNullable();
  });

  await createTable(knex, 'settings', (t) => {
    t.string('key', 64).primary();
    t.text('value').notNullable();
  });
}

export async function down(knex: Knex) {
  for (const table of [
    'settings',
    'platform_stats',
    'events',
    'funds',
    'article_tags',
    'articles',
    'product_regions',
    'product_tags',
    'product_methods',
    'products',
    'institution_regions',
    'institutions',
    'industries',
    'regions',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
