import type { Knex } from 'knex';
import * as catalog from './001_reference_and_catalog.js';
import * as accounts from './002_accounts_and_security.js';
import * as loans from './003_loans.js';
import * as demands from './004_demands.js';
import * as demandDesk from './005_demand_desk.js';
import * as demandDeskNamed from './006_demand_desk_named.js';

export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/** In order. A new migration is a new file added at the end; a landed one is never edited. */
export const migrations: Migration[] = [
  { name: '001_reference_and_catalog', ...catalog },
  { name: '002_accounts_and_security', ...accounts },
  { name: '003_loans', ...loans },
  { name: '004_demands', ...demands },
  { name: '005_demand_desk', ...demandDesk },
  { name: '006_demand_desk_named', ...demandDeskNamed },
];
