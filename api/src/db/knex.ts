/** One Knex instance per process: MySQL/MariaDB when DATABASE_URL is set, the embedded SQLite file otherwise. */
import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import type { Config } from '../config/config.js';

export function createDb(database: Config['database']): Knex {
  if (database.client === 'mysql') {
    return knexFactory({
      client: 'mysql2',
      connection: {
        uri: database.url,
        charset: 'utf8mb4',
        timezone: 'Z',
        dateStrings: false,
        supportBigNumbers: true,
        bigNumberStrings: false,
        decimalNumbers: true,
      } as Knex.MySql2ConnectionConfig,
      pool: { min: 0, max: 20 },
    });
  }
  if (database.file !== ':memory:') fs.mkdirSync(path.dirname(database.file), { recursive: true });
  return knexFactory({
    client: 'better-sqlite3',
    connection: { filename: database.file },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: { pragma(s: string): void }, done: (err: Error | null, conn: unknown) => void) {
        conn.pragma('journal_mode = WAL');
        conn.pragma('foreign_keys = ON');
        conn.pragma('busy_timeout = 5000');
        done(null, conn);
      },
    },
  });
}

export const isMysql = (db: Knex) => db.client.config.client === 'mysql2';

/** Times are stored in UTC as DATETIME; this is the value to write for "now". */
export const utcNow = () => new Date();

/**
 * Knex writes a JS Date as DATETIME on MySQL and as epoch milliseconds on SQLite; read either back
 * as an ISO string. Always write times from the application (no database defaults), so both agree.
 */
export function toIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  if (typeof value === 'string')
    return new Date(/Z|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`).toISOString();
  throw new Error(`not a time: ${String(value)}`);
}

export const toIsoOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : toIso(value);
