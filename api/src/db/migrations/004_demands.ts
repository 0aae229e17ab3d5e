/**
 * Financing demands: an index for the sweep that returns lapsed dispatches to the pool. A dispatched
 * demand is pending with an institution; the sweep reads those past their respond_by, so it reads only
 * the (few) dispatched ones instead of every pending demand.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('financing_demands', (t) => {
    t.index(['status', 'assigned_institution_id', 'respond_by'], 'financing_demands_dispatch_clock_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('financing_demands', (t) => {
    t.dropIndex(['status', 'assigned_institution_id', 'respond_by'], 'financing_demands_dispatch_clock_idx');
  });
}
