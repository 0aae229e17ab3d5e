/** The configuration every API test uses: the run's database, cheap scrypt, silent logs. */
import { loadConfig, type Config } from '../config/config.js';

export interface TestDatabase {
  /** mysql://… when DATABASE_URL is set, else the run's SQLite file. */
  databaseUrl?: string;
  sqliteFile?: string;
  dataDir: string;
  dataEncryptionKey: string;
}

export function testConfig(db: TestDatabase, env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SCRYPT_COST: '1024',
    SEED_DEMO_DATA: 'false',
    DATA_DIR: db.dataDir,
    DATA_ENCRYPTION_KEY: db.dataEncryptionKey,
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : { SQLITE_FILE: db.sqliteFile }),
    ...env,
  });
}
