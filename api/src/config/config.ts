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
  DATABASE_URL: z
    .string()
    .regex(/^mysql2?:\/\//, 'DATABASE_URL must start with mysql://')
    .optional(),
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
  /**
   * Provincial single sign-on (甘肃省统一身份认证系统), OpenID Connect. `development` is a local
   * stand-in provider served by this API under /api/dev/sso (default outside production).
   */
  SSO_PROVIDER: z.enum(['none', 'oidc', 'development']).optional(),
  SSO_NAME: z.string().default('甘肃省统一身份认证系统'),
  SSO_ISSUER: z.string().url().optional(),
  SSO_CLIENT_ID: z.string().optional(),
  SSO_CLIENT_SECRET: z.string().optional(),
  /** Where the provider sends the browser back: the portal's origin + /api/auth/sso/callback. */
  SSO_REDIRECT_URI: z.string().url().default('http://localhost:8080/api/auth/sso/callback'),
  SSO_SCOPES: z.string().default('openid profile phone'),
  /** The development provider's issuer: this API's own address as the API itself reaches it. */
  SSO_DEV_ISSUER: z.string().url().optional(),
  /** Working days an institution has to accept or decline what is addressed to it. */
  RESPONSE_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  /**
   * 企业授权 verification: `development` (local rules, see DevelopmentEnterpriseVerifier; default outside
   * production) or `http` (a registry gateway at ENTERPRISE_VERIFIER_URL, see HttpEnterpriseVerifier).
   */
  ENTERPRISE_VERIFIER: z.enum(['development', 'http']).optional(),
  ENTERPRISE_VERIFIER_URL: z.string().url().optional(),
  ENTERPRISE_VERIFIER_KEY: z.string().optional(),
  ENTERPRISE_VERIFIER_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
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
    throw new Error(
      'Invalid configuration: SMS_PROVIDER=development is not allowed when NODE_ENV=production',
    );
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
  const devRoutes = !production && e.SMS_PROVIDER === 'development';
  const ssoProvider = e.SSO_PROVIDER ?? (devRoutes ? 'development' : 'none');
  if (ssoProvider === 'development' && !devRoutes) {
    throw new Error(
      'Invalid configuration: SSO_PROVIDER=development needs development mode with SMS_PROVIDER=development',
    );
  }
  if (ssoProvider === 'oidc') {
    for (const k of ['SSO_ISSUER', 'SSO_CLIENT_ID', 'SSO_CLIENT_SECRET'] as const) {
      if (!e[k]) throw new Error(`Invalid configuration: ${k} is required when SSO_PROVIDER=oidc`);
    }
  }
  // Production never verifies enterprises with the development rules; unconfigured, 企业授权 answers 503.
  const enterpriseVerifier = e.ENTERPRISE_VERIFIER ?? (production ? 'unconfigured' : 'development');
  if (production && enterpriseVerifier === 'development') {
    throw new Error(
      'Invalid configuration: ENTERPRISE_VERIFIER=development is not allowed when NODE_ENV=production',
    );
  }
  if (enterpriseVerifier === 'http' && !e.ENTERPRISE_VERIFIER_URL) {
    throw new Error(
      'Invalid configuration: ENTERPRISE_VERIFIER_URL is required when ENTERPRISE_VERIFIER=http',
    );
  }
  const selfHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? '127.0.0.1' : e.HOST;
  return {
    env: e.NODE_ENV,
    production,
    /** Development routes (/api/dev/*) exist only outside production with the development SMS provider. */
    devRoutes,
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
    enterpriseVerifier: {
      provider: enterpriseVerifier,
      url: e.ENTERPRISE_VERIFIER_URL ?? '',
      key: e.ENTERPRISE_VERIFIER_KEY ?? '',
      timeoutMs: e.ENTERPRISE_VERIFIER_TIMEOUT_MS,
    },
    sso: {
      provider: ssoProvider,
      name: e.SSO_NAME,
      redirectUri: e.SSO_REDIRECT_URI,
      scopes: e.SSO_SCOPES,
      ...(ssoProvider === 'development'
        ? {
            issuer: e.SSO_DEV_ISSUER ?? `http://${selfHost}:${e.PORT}/api/dev/sso`,
            clientId: 'jrpt-portal-dev',
            // Not a secret: the development provider exists only in development.
            clientSecret: 'development-only',
          }
        : {
            issuer: e.SSO_ISSUER ?? '',
            clientId: e.SSO_CLIENT_ID ?? '',
            clientSecret: e.SSO_CLIENT_SECRET ?? '',
          }),
    },
  };
}
