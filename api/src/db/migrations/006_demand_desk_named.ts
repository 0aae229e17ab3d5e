/**
 * The staff desk of financing demands: the demands naming an institution that it has not declined, read
 * from the index alone (institution, declined_at, demand) instead of a row look-up per named demand.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('demand_institutions', (t) => {
    t.index(['institution_id', 'declined_at', 'demand_id'], 'demand_institutions_open_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('demand_institutions', (t) => {
    t.dropIndex(['institution_id', 'declined_at', 'demand_id'], 'demand_institutions_open_idx');
  });
}
