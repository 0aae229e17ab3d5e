/** Builds the handler dependencies once (server.ts and the tests). */
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { AppDeps } from './app-deps.js';
import type { Config } from './config/config.js';
import { createSessionResolver } from './modules/auth/sessions.js';
import { createSmsProvider } from './modules/auth/sms-providers.js';
import { createEnterpriseVerifier } from './modules/enterprise-authorizations/verifier.js';
import { createFieldCipher, loadDataKey } from './security/field-cipher.js';

export function createDeps({
  config,
  db,
  logger,
  now = () => new Date(),
}: {
  config: Config;
  db: Knex;
  logger: Logger;
  /** Tests may pass a clock they control. */
  now?: () => Date;
}): AppDeps {
  return {
    config,
    db,
    logger,
    now,
    sessions: createSessionResolver(db, config, now),
    sms: createSmsProvider(config, db, now),
    fieldCipher: createFieldCipher(loadDataKey(config)),
    enterpriseVerifier: createEnterpriseVerifier(config),
  };
}
