import type { Request } from 'express';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { Role } from '@jrpt/contracts';
import type { Config } from './config/config.js';
import type { EnterpriseVerifier } from './modules/enterprise-authorizations/verifier.js';
import type { FieldCipher } from './security/field-cipher.js';

/** Who is calling, resolved from the session cookie of the realm (portal for borrowers, admin for staff). */
export interface Principal {
  accountId: number;
  role: Role;
  /** Set for institution staff: the one institution they act for. */
  institutionId: number | null;
  sessionId: string;
  csrfToken: string;
}

export type Realm = 'portal' | 'admin';

export interface SessionResolver {
  resolve(req: Request, realm: Realm): Promise<Principal | null>;
}

export interface SmsMessage {
  phone: string;
  code: string;
  purpose: string;
}

/** The SMS gateway: a development provider that records messages, or a real gateway (Aliyun). */
export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage): Promise<void>;
}

/** Everything a route handler may use; built once in server.ts (or by the tests). */
export interface AppDeps {
  config: Config;
  db: Knex;
  logger: Logger;
  sessions: SessionResolver;
  sms: SmsProvider;
  /** Encrypts personal data at rest (ID numbers). */
  fieldCipher: FieldCipher;
  /** 企业授权: checks an enterprise and its legal person against the registry service. */
  enterpriseVerifier: EnterpriseVerifier;
  /** Current time; tests may replace it. */
  now: () => Date;
}
