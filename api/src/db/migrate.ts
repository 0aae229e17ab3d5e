/**
 * Migrations are TypeScript modules listed in migrations/index.ts and handed to Knex through a
 * migrationSource, so the same list runs compiled (node dist/), under tsx and under vitest, with no
 * import() of a .ts file at run time.
 */
import type { Knex } from 'knex';
import { migrations } from './migrations/index.js';

const source: Knex.MigrationSource<(typeof migrations)[number]> = {
  getMigrations: async () => migrations,
  getMigrationName: (m) => m.name,
  getMigration: async (m) => m,
};

export async function migrateLatest(db: Knex) {
  await db.migrate.latest({ migrationSource: source });
}

export async function rollbackAll(db: Knex) {
  await db.migrate.rollback({ migrationSource: source }, true);
}
