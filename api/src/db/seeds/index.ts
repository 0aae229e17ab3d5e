/** Demo data: a living Tianshui. Runs once, on the first start against an empty database. */
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { Config } from '../../config/config.js';
import { seedCatalog } from './catalog.js';
import { seedAccounts } from './accounts.js';

export async function seedDemoData(db: Knex, config: Config) {
  await db.transaction(async (trx) => {
    await seedCatalog(trx, config);
    await seedAccounts(trx, config);
  });
}

export async function seedIfEmpty(db: Knex, config: Config, logger: Logger) {
  const row = await db('regions').count<{ n: number | string }[]>({ n: '*' }).first();
  if (Number(row?.n ?? 0) > 0) return false;
  logger.info('empty database: seeding demo data');
  await seedDemoData(db, config);
  return true;
}
