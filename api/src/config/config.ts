/** Configuration: read from the environment and validated once at start-up. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** mysql://user:pass@host:3306/db — when absent, the embedded SQLite file under DATA_DIR is used. */
  DATABASE_URL: z.string().regex(/^mysql2?:\/\//, 'DATABASE_URL must start with mysql://').optional(),
  DATA_DIR: z.string().default(path.join(repoRoot, 'data')),
  SQLITE_FILE: z.string().optional(),
  /** Seed the demo data on first start when the database is empty. */
  SEED_DEMO_DATA: bool.default(true),
  TRUST_PROXY: z.string().default('loopback'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /** base64 of 32 bytes; used to encrypt ID numbers at rest. Generated into DATA_DIR in development. */
  DATA_ENCRYPTION_KEY: z.string().optional(),
  /** Password hashing cost (scrypt N). Lower only in tests. */
  SCRYPT_COST: z.coerce.number().int().min(1024).default(32768),
  SMS_PROVIDER: z.enum(['development', 'aliyun']).default('development'),
  SMS_DAILY_LIMIT: z.coerce.number().int().positive().default(10),
  ALIYUN_SMS_ACCESS_KEY_ID: z.string().optional(),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().optional(),
  ALIYUN_SMS_SIGN_NAME: z.string().optional(),
  ALIYUN_SMS_TEMPLATE_CODE: z.string().optional(),
  ALIYUN_SMS_ENDPOINT: z.string().default('https://dysmsapi.aliyuncs.com/'),
  /** Working days an institution has to accept or decline what is addressed to it. */
  RESPONSE_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.SMS_PROVIDER === 'development') {
    throw new Error('Invalid configuration: SMS_PROVIDER=development is not allowed when NODE_ENV=production');
  }
  if (e.SMS_PROVIDER === 'aliyun') {
    for (const k of [
      'ALIYUN_SMS_ACCESS_KEY_ID',
      'ALIYUN_SMS_ACCESS_KEY_SECRET',
      'ALIYUN_SMS_SIGN_NAME',
      'ALIYUN_SMS_TEMPLATE_CODE',
    ] as const) {
      if (!e[k]) throw new Error(`Invalid configuration: ${k} is required when SMS_PROVIDER=aliyun`);
    }
  }
  const production = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    production,
    /** Development routes (/api/dev/*) exist only outside production with the development SMS provider. */
    devRoutes: !production && e.SMS_PROVIDER === 'development',
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    database: e.DATABASE_URL
      ? ({ client: 'mysql', url: e.DATABASE_URL } as const)
      : ({ client: 'sqlite', file: e.SQLITE_FILE ?? path.join(e.DATA_DIR, 'jrpt.sqlite') } as const),
    dataDir: e.DATA_DIR,
    seedDemoData: e.SEED_DEMO_DATA,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    dataEncryptionKey: e.DATA_ENCRYPTION_KEY,
    scryptCost: e.SCRYPT_COST,
    sms: {
      provider: e.SMS_PROVIDER,
      dailyLimit: e.SMS_DAILY_LIMIT,
      aliyun: {
        accessKeyId: e.ALIYUN_SMS_ACCESS_KEY_ID ?? '',
        accessKeySecret: e.ALIYUN_SMS_ACCESS_KEY_SECRET ?? '',
        signName: e.ALIYUN_SMS_SIGN_NAME ?? '',
        templateCode: e.ALIYUN_SMS_TEMPLATE_CODE ?? '',
        endpoint: e.ALIYUN_SMS_ENDPOINT,
      },
    },
    responseWorkingDays: e.RESPONSE_WORKING_DAYS,
  };
}
