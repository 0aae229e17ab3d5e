/**
 * Runs once per `vitest run`: a fresh database (DATABASE_URL — everything in it dropped — or a new
 * SQLite file in a temp dir), migrated and seeded with the demo data, handed to the test files.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '../db/knex.js';
import { migrateLatest } from '../db/migrate.js';
import { seedDemoData } from '../db/seeds/index.js';
import { testConfig, type TestDatabase } from './test-config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabase;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jrpt-api-test-'));
  const testDatabase: TestDatabase = {
    databaseUrl: process.env.DATABASE_URL || undefined,
    sqliteFile: process.env.DATABASE_URL ? undefined : path.join(dataDir, 'test.sqlite'),
    dataDir,
    dataEncryptionKey: randomBytes(32).toString('base64'),
  };
  const config = testConfig(testDatabase);
  const db = createDb(config.database);
  try {
    if (config.database.client === 'mysql') {
      await db.transaction(async (trx) => {
        const [rows] = (await trx.raw(
          'select table_name as name from information_schema.tables where table_schema = database()',
        )) as [{ name: string }[]];
        await trx.raw('SET FOREIGN_KEY_CHECKS = 0');
        for (const { name } of rows) await trx.schema.dropTableIfExists(name);
        await trx.raw('SET FOREIGN_KEY_CHECKS = 1');
      });
    }
    await migrateLatest(db);
    await seedDemoData(db, config);
  } finally {
    await db.destroy();
  }
  project.provide('testDatabase', testDatabase);
  return () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
