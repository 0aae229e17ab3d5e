/**
 * Starts the built platform on the e2e ports against a fresh database: a new SQLite file, or with
 * DATABASE_URL a new `<name>_e2e` database on the same MySQL server. Returns the teardown.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
// @ts-expect-error plain ESM script shared with `npm start`
import { startPlatform } from '../../scripts/platform.mjs';
import { E2E_PORTS } from './ports';

async function freshMysqlDatabase(url: string): Promise<string> {
  const parsed = new URL(url);
  const name = `${parsed.pathname.replace(/^\//, '') || 'jrpt'}_e2e`;
  parsed.pathname = '/';
  const conn = await mysql.createConnection(parsed.toString());
  await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export default async function globalSetup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jrpt-e2e-'));
  const env: Record<string, string> = { DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development' };
  if (process.env.DATABASE_URL) env.DATABASE_URL = await freshMysqlDatabase(process.env.DATABASE_URL);
  const platform = await startPlatform({
    ports: E2E_PORTS,
    env,
    output: process.env.E2E_VERBOSE ? 'prefixed' : 'ignore',
  });
  // Tests may stop and restart one app (a micro-frontend that is down); they find the processes here.
  process.env.E2E_PIDS = JSON.stringify(
    Object.fromEntries(
      platform.children.map((c: { name: string; child: { pid: number } }) => [c.name, c.child.pid]),
    ),
  );
  process.env.E2E_APP_ENV = JSON.stringify(env);
  return async () => {
    await platform.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
