/** The listening entry: configuration, database (migrated, seeded on first start), app, graceful shutdown. */
import { pino } from 'pino';
import { createApp } from './app.js';
import { loadConfig } from './config/config.js';
import { createDb } from './db/knex.js';
import { migrateLatest } from './db/migrate.js';
import { seedIfEmpty } from './db/seeds/index.js';
import { createDeps } from './deps.js';
import { allSweeps } from './modules/index.js';
import { startSweeper } from './modules/workflow/sweeps.js';

const config = loadConfig();
const logger = pino({ level: config.logLevel });
const db = createDb(config.database);

await migrateLatest(db);
if (config.seedDemoData) await seedIfEmpty(db, config, logger);

const deps = createDeps({ config, db, logger });
const app = createApp(deps);
const server = app.listen(config.port, config.host, () => {
  logger.info(
    { port: config.port, database: config.database.client, sms: deps.sms.name, devRoutes: config.devRoutes },
    `api listening on http://${config.host}:${config.port}`,
  );
});

// Overdue flags, reminders and clean-ups; each sweep is safe when several API instances run it.
const stopSweeper = startSweeper(deps, allSweeps);

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  stopSweeper();
  logger.info({ signal }, 'draining requests in flight');
  // Stop accepting, let requests in flight finish, then close the pool.
  server.close(async () => {
    await db.destroy();
    logger.info('stopped');
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    logger.warn('forced exit after 10 s');
    process.exit(1);
  }, 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
