/** Demo accounts (one per role, password Jrpt@2026) and the two agreements. */
import type { Knex } from 'knex';
import type { Config } from '../../config/config.js';
import { hashPassword } from '../../security/password.js';
import { bumpStat } from '../../modules/home/stats.js';
import { DATA_AUTHORIZATION_AGREEMENT, PLATFORM_SERVICE_AGREEMENT } from './agreement-texts.js';

export const DEMO_PASSWORD = 'Jrpt@2026';

export const DEMO_ACCOUNTS = {
  personal: { phone: '18809386116', username: '张三' },
  enterprise: {
    phone: '13909386116',
    enterpriseName: '天水市麦积区惠民农产品有限公司',
    uscc: '91620503MA74X1C46L',
  },
  office: { loginName: 'office', displayName: '天水市金融办' },
  institution: { loginName: 'gsbank', displayName: '甘肃银行天水分行', institutionName: '甘肃银行' },
  government: { loginName: 'gov', displayName: '天水市政府机构' },
} as const;

export async function seedAccounts(trx: Knex.Transaction, config: Config) {
  const now = new Date();
  const hash = () => hashPassword(DEMO_PASSWORD, config.scryptCost);

  const [platformAgreementId] = await trx('agreements').insert({
    ...PLATFORM_SERVICE_AGREEMENT,
    published_at: now,
  });
  await trx('agreements').insert({ ...DATA_AUTHORIZATION_AGREEMENT, published_at: now });

  const borrower = { status: 'active', created_at: now, updated_at: now };
  const [personalId] = await trx('accounts').insert({
    ...borrower,
    role: 'personal',
    phone: DEMO_ACCOUNTS.personal.phone,
    username: DEMO_ACCOUNTS.personal.username,
    display_name: DEMO_ACCOUNTS.personal.username,
    password_hash: await hash(),
  });
  const [enterpriseId] = await trx('accounts').insert({
    ...borrower,
    role: 'enterprise',
    phone: DEMO_ACCOUNTS.enterprise.phone,
    enterprise_name: DEMO_ACCOUNTS.enterprise.enterpriseName,
    uscc: DEMO_ACCOUNTS.enterprise.uscc,
    display_name: DEMO_ACCOUNTS.enterprise.enterpriseName,
    password_hash: await hash(),
  });
  for (const accountId of [personalId, enterpriseId]) {
    await trx('consents').insert({
      account_id: accountId,
      agreement_id: platformAgreementId,
      subject_type: 'registration',
      subject_id: null,
      accepted_at: now,
      ip: null,
    });
  }
  await bumpStat(trx, 'registered_users', 2);

  const bank = await trx('institutions')
    .where({ name: DEMO_ACCOUNTS.institution.institutionName })
    .first('id');
  if (!bank) throw new Error(`seed: institution ${DEMO_ACCOUNTS.institution.institutionName} is missing`);
  const staffRows = [
    {
      role: 'office',
      login_name: DEMO_ACCOUNTS.office.loginName,
      display_name: DEMO_ACCOUNTS.office.displayName,
      institution_id: null,
    },
    {
      role: 'institution',
      login_name: DEMO_ACCOUNTS.institution.loginName,
      display_name: DEMO_ACCOUNTS.institution.displayName,
      institution_id: bank.id as number,
    },
    {
      role: 'government',
      login_name: DEMO_ACCOUNTS.government.loginName,
      display_name: DEMO_ACCOUNTS.government.displayName,
      institution_id: null,
    },
  ];
  for (const row of staffRows) {
    await trx('accounts').insert({
      ...row,
      password_hash: await hash(),
      status: 'active',
      created_at: now,
      updated_at: now,
    });
  }
}
