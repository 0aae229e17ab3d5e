/**
 * The staff desk of financing demands: an institution's own demands (dispatched to it or held by it),
 * newest first, read from an index in order instead of sorting all of them per page.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('financing_demands', (t) => {
    t.index(['assigned_institution_id', 'created_at'], 'financing_demands_assigned_created_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('financing_demands', (t) => {
    t.dropIndex(['assigned_institution_id', 'created_at'], 'financing_demands_assigned_created_idx');
  });
}
