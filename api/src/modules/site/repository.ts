import type { Knex } from 'knex';

/** The `settings` keys behind GET /site: site texts are data, changed without a release. */
export const SITE_SETTING_KEYS = {
  platformName: 'platform_name',
  cityName: 'city_name',
  contactPhone: 'contact_phone',
  contactEmail: 'contact_email',
  contactFax: 'contact_fax',
  renewalHotline: 'renewal_hotline',
  renewalAddress: 'renewal_address',
  firstLoanHotline: 'first_loan_hotline',
} as const;

export async function readSettings(db: Knex, keys: string[]): Promise<Map<string, string>> {
  const rows: { key: string; value: string }[] = await db('settings')
    .whereIn('key', keys)
    .select('key', 'value');
  return new Map(rows.map((r) => [r.key, r.value]));
}
